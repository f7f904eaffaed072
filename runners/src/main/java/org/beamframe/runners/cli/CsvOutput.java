package org.beamframe.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.beamframe.LocalTable;

/** Prints a result table to stdout, or writes it to a file atomically. */
final class CsvOutput {
  private CsvOutput() {}

  static void write(LocalTable table, Path output, PrintWriter out) {
    if (output == null) {
      table.writeCsv(out);
      out.flush();
    } else {
      AtomicFile.write(output, table::writeCsv);
    }
  }
}

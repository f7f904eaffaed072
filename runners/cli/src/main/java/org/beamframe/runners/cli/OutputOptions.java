package org.beamframe.runners.cli;

import picocli.CommandLine.Option;

/** Where a command's table goes instead of standard output, and whether it may replace what is there. */
final class OutputOptions {
  @Option(names = "--output", paramLabel = "PATH",
      description = "Write the CSV here instead of to stdout: a local path or any Beam filesystem's, e.g. "
          + "s3://BUCKET/morphine.csv. The workers write it; it appears only when complete.")
  String path;

  @Option(names = "--overwrite", description = "Replace an existing --output (by default it is refused).")
  boolean overwrite;
}

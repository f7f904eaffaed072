package org.beamframe.runners.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.beamframe.runners.generate.ArcosGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code beamframe generate-arcos}: deterministic synthetic ARCOS-shaped data. */
@Command(name = "generate-arcos", mixinStandardHelpOptions = true,
    description = "Writes deterministic ARCOS-shaped CSV with the real file's traps (quoting, junk factors, "
        + "dates without leading zeros, empty counties).")
final class GenerateArcosCommand implements Callable<Integer> {
  @Option(names = "--rows", required = true, paramLabel = "N", description = "Data rows to write.")
  long rows;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (rows < 0) {
      throw new IllegalArgumentException("--rows must be 0 or more, got " + rows);
    }
    AtomicFile.write(out, writer -> new ArcosGenerator(seed).write(rows, writer));
    spec.commandLine().getErr().println("wrote " + rows + " rows to " + out);
    return 0;
  }
}

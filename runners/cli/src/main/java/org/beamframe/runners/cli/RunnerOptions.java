package org.beamframe.runners.cli;

import java.util.List;
import org.beamframe.runners.Runners;
import org.beamframe.runners.Session;
import org.beamframe.runners.SessionSettings;
import picocli.CommandLine.Option;

/** Runner flags shared by every command that runs a pipeline. */
final class RunnerOptions {
  @Option(names = "--runner", defaultValue = "direct", paramLabel = "NAME",
      description = "Where to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = RunnerNames.class)
  String runner;

  @Option(names = "--parallelism", defaultValue = "0", paramLabel = "N",
      description = "Worker threads or slots; 0 means one per core (default).")
  int parallelism;

  @Option(names = "--flink-master", paramLabel = "HOST:PORT",
      description = "With --runner=flink: the cluster's REST address (its dashboard), e.g. 127.0.0.1:8081.")
  String flinkMaster;

  @Option(names = "--retries", defaultValue = "3", paramLabel = "N",
      description = "On a cluster: how often a failed job is run again, e.g. after losing a TaskManager "
          + "(default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--quiet", description = "No progress line on standard error (the row summary stays).")
  boolean quiet;

  /** The session these flags and {@code beamArgs} choose, showing progress on {@code err} unless --quiet. */
  Session session(java.io.PrintWriter err, List<String> beamArgs) {
    Session session = session(beamArgs);
    return quiet ? session : session.withProgress(err);
  }

  Session session(List<String> beamArgs) {
    for (String arg : beamArgs) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException(
            "unexpected argument \"" + arg + "\"; Beam options are passed as --key=value");
      }
    }
    return new Session(Runners.named(runner), new SessionSettings(parallelism, false, flinkMaster, retries, beamArgs));
  }

  static final class RunnerNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Runners.names().iterator();
    }
  }
}

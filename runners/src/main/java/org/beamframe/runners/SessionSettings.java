package org.beamframe.runners;

import java.util.List;

/**
 * What a session asks of its runner: parallelism (0 = the machine's cores), whether the runner
 * should check that transforms do not mutate or mis-encode elements (slow; for tests), and extra
 * Beam flags.
 */
public record SessionSettings(int parallelism, boolean enforceChecks, List<String> beamArgs) {
  public SessionSettings {
    if (parallelism < 0) {
      throw new IllegalArgumentException("parallelism must be 0 (all cores) or more, got " + parallelism);
    }
    beamArgs = List.copyOf(beamArgs);
  }

  /** The parallelism to use: the configured one, or the number of available cores. */
  public int effectiveParallelism() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }
}

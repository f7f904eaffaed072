package org.beamframe.runners;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The runner profiles on the classpath, by command-line name: each registers itself as a
 * {@link RunnerProfile} service, so adding a runner is one class, one line in
 * {@code META-INF/services} and its Beam runner dependency.
 */
public final class Runners {
  private static final List<RunnerProfile> PROFILES =
      ServiceLoader.load(RunnerProfile.class).stream().map(ServiceLoader.Provider::get).toList();

  private Runners() {}

  /**
   * The profile registered under {@code name}, as given to {@code --runner=NAME}.
   *
   * @param name a profile's command-line name, e.g. {@code direct}, {@code flink-local} or {@code flink}
   * @return the registered profile of that name
   * @throws IllegalArgumentException if no profile on the classpath has that name; the message lists the known ones
   */
  public static RunnerProfile named(String name) {
    return PROFILES.stream()
        .filter(profile -> profile.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown runner \"" + name + "\"; known runners are " + names()));
  }

  /**
   * The names of the profiles on the classpath, in the order {@link java.util.ServiceLoader} found them.
   *
   * @return the command-line names of every registered profile
   */
  public static List<String> names() {
    return PROFILES.stream().map(RunnerProfile::name).toList();
  }
}

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

  public static RunnerProfile named(String name) {
    return PROFILES.stream()
        .filter(profile -> profile.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown runner \"" + name + "\"; known runners are " + names()));
  }

  public static List<String> names() {
    return PROFILES.stream().map(RunnerProfile::name).toList();
  }
}

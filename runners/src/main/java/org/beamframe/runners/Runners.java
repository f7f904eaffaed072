package org.beamframe.runners;

import java.util.List;
import org.beamframe.runners.flink.FlinkLocalProfile;
import org.beamframe.runners.flink.FlinkProfile;

/** The runner profiles BeamFrame knows, by command-line name. */
public final class Runners {
  private static final List<RunnerProfile> PROFILES =
      List.of(new DirectProfile(), new FlinkLocalProfile(), new FlinkProfile());

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

package org.beamframe.runners.flink;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled (shaded) BeamFrame jar a cluster needs: the one this code runs from, else the build's. */
final class BundledJar {
  static final String PROPERTY = "beamframe.jar";

  private BundledJar() {}

  static Path locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      return existing(Path.of(configured), "-D" + PROPERTY);
    }
    try {
      Path running = Path.of(BundledJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (running.toString().endsWith(".jar") && Files.size(running) > 10_000_000) {
        return running;
      }
      // Running from runners/flink's classes (tests, an IDE): the jar the build made in runners/cli.
      Path built = running.getParent().getParent().getParent().resolve("cli").resolve("target").resolve("beamframe.jar");
      if (!Files.isRegularFile(built)) {
        throw new IllegalStateException("cannot find the bundled jar a cluster job stages: pass its path with -D"
            + PROPERTY + "=PATH (mvn -B -DskipTests package builds it as runners/cli/target/beamframe.jar)");
      }
      return built.toAbsolutePath();
    } catch (URISyntaxException | java.io.IOException e) {
      throw new IllegalStateException("cannot find the bundled jar: " + e.getMessage(), e);
    }
  }

  private static Path existing(Path jar, String from) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the bundled jar " + jar + " from " + from + " does not exist; build it with "
          + "`mvn -B -DskipTests package` (bin/beamframe does this on first use)");
    }
    return jar.toAbsolutePath();
  }
}

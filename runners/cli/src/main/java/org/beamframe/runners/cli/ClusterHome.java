package org.beamframe.runners.cli;

import java.nio.file.Path;
import org.beamframe.runners.flink.LocalFlinkCluster;
import picocli.CommandLine.Option;

/** Where a local cluster keeps its configuration, logs and PIDs, and where its Flink jars are. */
final class ClusterHome {
  @Option(names = "--home", paramLabel = "DIR", description = "Configuration, logs and PIDs (default: ${DEFAULT-VALUE}).",
      defaultValue = "${sys:user.home}/.beamframe/flink")
  Path home;

  @Option(names = "--flink-lib", paramLabel = "DIR", description = "The Flink jars (default: the build's runners/flink-cluster/target/lib).")
  Path lib;

  LocalFlinkCluster cluster() {
    return new LocalFlinkCluster(home, lib != null ? lib : LocalFlinkCluster.defaultLib());
  }
}

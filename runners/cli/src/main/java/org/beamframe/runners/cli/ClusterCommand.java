package org.beamframe.runners.cli;

import picocli.CommandLine.Command;

/** {@code beamframe cluster start|status|stop}: a local Flink session cluster of separate JVMs. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "A local Flink 1.19 standalone session cluster on 127.0.0.1 (one JobManager, N TaskManagers).",
    subcommands = {ClusterStartCommand.class, ClusterStatusCommand.class, ClusterStopCommand.class})
final class ClusterCommand {}

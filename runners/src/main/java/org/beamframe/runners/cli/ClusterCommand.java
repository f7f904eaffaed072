package org.beamframe.runners.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.beamframe.runners.flink.LocalFlinkCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code beamframe cluster start|status|stop}: a local Flink session cluster of separate JVMs. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "A local Flink 1.19 standalone session cluster on 127.0.0.1 (one JobManager, N TaskManagers).",
    subcommands = {ClusterCommand.Start.class, ClusterCommand.Status.class, ClusterCommand.Stop.class})
final class ClusterCommand {
  /** Where the cluster keeps its configuration, logs and PIDs. */
  static final class Home {
    @Option(names = "--home", paramLabel = "DIR", description = "Configuration, logs and PIDs (default: ${DEFAULT-VALUE}).",
        defaultValue = "${sys:user.home}/.beamframe/flink")
    Path home;

    @Option(names = "--flink-lib", paramLabel = "DIR", description = "The Flink jars (default: the build's runners/flink-cluster/target/lib).")
    Path lib;

    LocalFlinkCluster cluster() {
      return new LocalFlinkCluster(home, lib != null ? lib : LocalFlinkCluster.defaultLib());
    }
  }

  @Command(name = "start", mixinStandardHelpOptions = true, description = "Start the cluster and wait until it is ready.")
  static final class Start implements Callable<Integer> {
    @picocli.CommandLine.Mixin Home home;

    @Option(names = "--taskmanagers", defaultValue = "2", paramLabel = "N", description = "TaskManager JVMs (default: ${DEFAULT-VALUE}).")
    int taskManagers;

    @Option(names = "--slots", defaultValue = "1", paramLabel = "S", description = "Slots per TaskManager (default: ${DEFAULT-VALUE}).")
    int slots;

    @Option(names = "--rest-port", defaultValue = "8081", paramLabel = "PORT", description = "Dashboard and REST port (default: ${DEFAULT-VALUE}).")
    int restPort;

    @Option(names = "--rpc-port", defaultValue = "6123", paramLabel = "PORT", description = "JobManager RPC port (default: ${DEFAULT-VALUE}).")
    int rpcPort;

    @Option(names = "--blob-port", defaultValue = "6124", paramLabel = "PORT", description = "Blob server port (default: ${DEFAULT-VALUE}).")
    int blobPort;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      LocalFlinkCluster cluster = home.cluster();
      cluster.start(taskManagers, slots, restPort, rpcPort, blobPort);
      spec.commandLine().getOut().println("Flink cluster ready: 1 JobManager, " + taskManagers + " TaskManagers x "
          + slots + " slots; dashboard http://" + cluster.restAddress() + " ; logs and PIDs in " + cluster.home()
          + "\nsubmit with: --runner=flink --flink-master=" + cluster.restAddress());
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the running cluster's overview.")
  static final class Status implements Callable<Integer> {
    @picocli.CommandLine.Mixin Home home;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      LocalFlinkCluster cluster = home.cluster();
      var status = cluster.status();
      spec.commandLine().getOut().println(status.map(overview -> "running, PIDs " + cluster.pids()
          + ", dashboard http://" + cluster.restAddress() + "\n" + overview).orElse("no cluster recorded in " + cluster.home()));
      return status.isPresent() ? 0 : 1;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop every process of the cluster, by PID.")
  static final class Stop implements Callable<Integer> {
    @picocli.CommandLine.Mixin Home home;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println("stopped: " + home.cluster().stop());
      return 0;
    }
  }
}

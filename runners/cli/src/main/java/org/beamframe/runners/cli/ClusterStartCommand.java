package org.beamframe.runners.cli;

import java.util.concurrent.Callable;
import org.beamframe.runners.flink.LocalFlinkCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code beamframe cluster start}: starts the JobManager and TaskManagers and waits until they are ready. */
@Command(name = "start", mixinStandardHelpOptions = true, description = "Start the cluster and wait until it is ready.")
final class ClusterStartCommand implements Callable<Integer> {
  @Mixin ClusterHome home;

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

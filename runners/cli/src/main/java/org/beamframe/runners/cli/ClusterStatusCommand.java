package org.beamframe.runners.cli;

import java.util.concurrent.Callable;
import org.beamframe.runners.flink.LocalFlinkCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code beamframe cluster status}: the recorded PIDs and the REST overview. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the running cluster's overview.")
final class ClusterStatusCommand implements Callable<Integer> {
  @Mixin ClusterHome home;
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

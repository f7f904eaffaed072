package org.beamframe.runners.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code beamframe cluster stop}: stops every recorded process by PID. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop every process of the cluster, by PID.")
final class ClusterStopCommand implements Callable<Integer> {
  @Mixin ClusterHome home;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("stopped: " + home.cluster().stop(spec.commandLine().getErr()::println));
    return 0;
  }
}

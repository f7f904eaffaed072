package org.beamframe.runners.cli;

import java.util.concurrent.Callable;
import org.beamframe.LazyScalar;
import org.beamframe.LocalTable;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MaxPills;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code beamframe max-pills}: the course's largest tablet shipment. */
@Command(name = "max-pills", mixinStandardHelpOptions = true,
    description = "The largest DOSAGE_UNIT of any shipment whose Measure is TAB.")
final class MaxPillsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "GLOB", description = "ARCOS CSV file(s): a path or a glob.")
  String input;

  @Mixin
  RunnerOptions runner;

  @Mixin
  ReadOptions read;

  @Mixin
  PlanOptions plan;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LazyScalar scalar = MaxPills.largestTabletShipment(ArcosData.read(input, read.csvOptions()));
    if (plan.showInsteadOfRunning(scalar.explain(), scalar::visualize, spec.commandLine().getOut())) {
      return 0;
    }
    LocalTable result;
    try (AutoCloseable watch = runner.watch(spec.commandLine().getErr())) {
      result = scalar.computeTable(runner.session(spec.commandLine().getErr()));
    }
    Object max = result.row(0).get(0);
    spec.commandLine().getOut().println(max == null ? "" : max);
    result.report().ifPresent(report -> spec.commandLine().getErr().println(report.summary()));
    return 0;
  }
}

package org.beamframe.runners.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MaxPills;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code beamframe max-pills}: the course's largest tablet shipment. */
@Command(name = "max-pills", mixinStandardHelpOptions = true,
    description = "The largest DOSAGE_UNIT of any shipment whose Measure is TAB.")
final class MaxPillsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "GLOB", description = "ARCOS CSV file(s): a path or a glob.")
  String input;

  @Mixin
  JobOptions job;

  /** Every other {@code --key=value} flag goes to Beam's PipelineOptions. */
  @Unmatched
  List<String> beamArgs = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return job.writeValue(spec, beamArgs, () -> MaxPills.largestTabletShipment(ArcosData.read(input, job.read.csvOptions())));
  }
}

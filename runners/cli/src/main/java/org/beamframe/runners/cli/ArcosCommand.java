package org.beamframe.runners.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MorphineEquivalents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code beamframe arcos}: the course's county-year morphine equivalents. */
@Command(name = "arcos", mixinStandardHelpOptions = true,
    description = "Grams of morphine equivalent per year, BUYER_STATE and BUYER_COUNTY, as CSV sorted by those keys.")
final class ArcosCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "GLOB", description = "ARCOS CSV file(s): a path or a glob.")
  String input;

  @Mixin
  OutputOptions output;

  @Mixin
  JobOptions job;

  /** Every other {@code --key=value} flag goes to Beam's PipelineOptions. */
  @Unmatched
  List<String> beamArgs = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return job.writeTable(spec, beamArgs,
        () -> MorphineEquivalents.byCountyYear(ArcosData.read(input, job.read.csvOptions())), output);
  }
}

package org.beamframe.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.lowering.Lowering;
import org.beamframe.plan.PlanNode;
import org.beamframe.transforms.BeamSchemas;

/** Runs a plan on an executor and brings its (small) result back as rows of values. */
public final class Execution {
  private Execution() {}

  /** The plan's output rows, each a list of values in schema order; a worker's exception is rethrown as is. */
  public static List<List<Object>> collect(PlanNode plan, Executor executor) {
    Path directory;
    try {
      Files.createDirectories(executor.resultDirectory());
      directory = Files.createTempDirectory(executor.resultDirectory(), "beamframe-result-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a result directory in " + executor.resultDirectory(), e);
    }
    try {
      Pipeline pipeline = Pipeline.create(executor.pipelineOptions());
      PCollection<Row> rows = Lowering.lower(pipeline, plan);
      ResultFiles.write(rows, directory);
      try {
        executor.run(pipeline);
      } catch (Pipeline.PipelineExecutionException failure) {
        // Surface the worker's own error (e.g. the bad record's file:line), not the runner's wrapper.
        if (failure.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw failure;
      }
      return ResultFiles.read(directory, BeamSchemas.toBeam(plan.schema())).stream()
          .map(row -> Collections.unmodifiableList(new ArrayList<>(row.getValues())))
          .toList();
    } finally {
      ResultFiles.delete(directory);
    }
  }
}

package org.beamframe.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.lowering.Lowering;
import org.beamframe.plan.InputSize;
import org.beamframe.plan.PlanNode;
import org.beamframe.transforms.BeamFrameMetrics;
import org.beamframe.transforms.BeamSchemas;
import org.beamframe.transforms.WriteCsv;

/** Runs a plan on an executor and brings its (small) result back as rows of values. */
public final class Execution {
  private Execution() {}

  /** What a run gave back: the plan's output rows (values in schema order) and its row accounting. */
  public record Collected(List<List<Object>> rows, RunReport report) {}

  /**
   * Runs {@code plan}; a worker's exception is rethrown as is. Fails if the read steps' counts do
   * not reconcile, since that would mean rows were lost without a trace.
   */
  public static Collected collect(PlanNode plan, Executor executor) {
    Path directory;
    try {
      Files.createDirectories(executor.resultDirectory());
      directory = Files.createTempDirectory(executor.resultDirectory(), "beamframe-result-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a result directory in " + executor.resultDirectory(), e);
    }
    try {
      Pipeline pipeline = Pipeline.create(executor.pipelineOptions());
      PCollection<Row> output = Lowering.lower(pipeline, plan);
      ResultFiles.write(output, directory, executor.resultLimits());
      PipelineResult result = run(pipeline, executor, InputSize.bytes(plan));
      RunReport report = reconciledReport(result);
      List<List<Object>> rows = ResultFiles.read(directory, BeamSchemas.toBeam(plan.schema()), executor.resultLimits()).stream()
          .map(row -> Collections.unmodifiableList(new ArrayList<>(row.getValues())))
          .toList();
      return new Collected(rows, report);
    } finally {
      ResultFiles.delete(directory);
    }
  }

  /**
   * Writes the plan's rows to the CSV file {@code path} (header first), atomically: into a
   * temporary file beside it, moved into place only after the run succeeded. An existing file is
   * replaced only with {@code overwrite}.
   */
  public static RunReport writeCsv(PlanNode plan, Executor executor, Path path, boolean overwrite) {
    Path target = path.toAbsolutePath();
    if (Files.exists(target) && !overwrite) {
      throw new IllegalArgumentException("output " + target + " exists; choose another path or pass overwrite=true");
    }
    Path temporary = target.resolveSibling("." + target.getFileName() + ".in-progress-" + java.util.UUID.randomUUID());
    try {
      Pipeline pipeline = Pipeline.create(executor.pipelineOptions());
      Lowering.lower(pipeline, plan).apply("WriteCsv", WriteCsv.to(temporary.toString()));
      RunReport report = reconciledReport(run(pipeline, executor, InputSize.bytes(plan)));
      Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished output into place at " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        // Best effort: the hidden temporary name never passes for a finished output.
      }
    }
  }

  /** Runs a pipeline; a worker's own exception is rethrown as is, not the runner's wrapper. */
  private static PipelineResult run(Pipeline pipeline, Executor executor, long inputBytes) {
    try {
      return executor.run(pipeline, inputBytes);
    } catch (Pipeline.PipelineExecutionException failure) {
      if (failure.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failure;
    }
  }

  /** The bytes of every file the plan reads. */
  /**
   * Writes the plan's rows as CSV shards in the directory {@code path}, one file per shard, each
   * with a header: the runner writes them in parallel, into a temporary directory beside it that
   * replaces {@code path} only after the run succeeded (an existing one only with {@code overwrite}).
   */
  public static RunReport writeCsvShards(PlanNode plan, Executor executor, Path path, boolean overwrite) {
    Path target = path.toAbsolutePath();
    if (Files.exists(target) && !overwrite) {
      throw new IllegalArgumentException("output " + target + " exists; choose another path or pass overwrite=true");
    }
    Path temporary = target.resolveSibling("." + target.getFileName() + ".in-progress-" + java.util.UUID.randomUUID());
    Path previous = target.resolveSibling("." + target.getFileName() + ".replaced-" + java.util.UUID.randomUUID());
    try {
      Pipeline pipeline = Pipeline.create(executor.pipelineOptions());
      Lowering.lower(pipeline, plan).apply("WriteCsvShards", WriteCsv.shardsIn(temporary.toString()));
      RunReport report = reconciledReport(run(pipeline, executor, InputSize.bytes(plan)));
      if (Files.exists(target)) {
        Files.move(target, previous, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      if (Files.exists(previous)) {
        ResultFiles.delete(previous);
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished shards into place at " + target + ": " + e.getMessage(), e);
    } finally {
      if (Files.exists(temporary)) {
        ResultFiles.delete(temporary);
      }
    }
  }

  /** The run's row accounting; a run whose counts do not add up lost rows, and fails. */
  private static RunReport reconciledReport(PipelineResult result) {
    RunReport report = report(result);
    if (!report.reconciles()) {
      throw new IllegalStateException("the run's row counts do not add up, so rows were lost: " + report.summary());
    }
    return report;
  }

  private static RunReport report(PipelineResult result) {
    return new RunReport(counter(result, BeamFrameMetrics.ROWS_READ), counter(result, BeamFrameMetrics.ROWS_OUT),
        counter(result, BeamFrameMetrics.ROWS_FILTERED), counter(result, BeamFrameMetrics.ROWS_NULL_KEY),
        counter(result, BeamFrameMetrics.ROWS_REJECTED),
        counter(result, BeamFrameMetrics.VALUES_COERCED) + counter(result, BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.VALUES_COERCED),
        counter(result, BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS));
  }

  private static long counter(PipelineResult result, String name) {
    return counter(result, BeamFrameMetrics.READ_NAMESPACE, name);
  }

  private static long counter(PipelineResult result, String namespace, String name) {
    long total = 0;
    MetricsFilter filter = MetricsFilter.builder().addNameFilter(MetricNameFilter.named(namespace, name)).build();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(filter).getCounters()) {
      total += value(counter);
    }
    return total;
  }

  /** The committed value, or the attempted one on runners that commit none (Flink reports its final attempt's). */
  private static long value(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException notCommitted) {
      return counter.getAttempted();
    }
  }
}

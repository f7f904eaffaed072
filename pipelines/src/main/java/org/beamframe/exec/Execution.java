package org.beamframe.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.beamframe.agg.TooManyGroupsException;
import org.beamframe.lowering.Lowering;
import org.beamframe.physical.CollectRows;
import org.beamframe.physical.CsvFile;
import org.beamframe.physical.CsvShards;
import org.beamframe.physical.CsvTarget;
import org.beamframe.physical.FirstRowsOfScan;
import org.beamframe.physical.LocalCsvFile;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.physical.PhysicalSink;
import org.beamframe.physical.SinkVisitor;
import org.beamframe.physical.SortedCsvFile;
import org.beamframe.physical.SortedRunsCsvFile;
import org.beamframe.storage.StoredPaths;
import org.beamframe.transforms.BeamSchemas;
import org.beamframe.transforms.WriteCsv;
import org.beamframe.transforms.WriteSortedCsv;
import org.beamframe.types.ValueText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a physical plan on an executor, the way its sink says: rows back to this process, or files. */
public final class Execution implements SinkVisitor<Outcome> {
  private static final Logger LOG = LoggerFactory.getLogger(Execution.class);
  private final Executor executor;

  private Execution(Executor executor) {
    this.executor = executor;
  }

  /**
   * Runs {@code plan} now, on {@code executor}, and waits for it to finish. This is where a lazy
   * frame's {@code compute()} and {@code toCsv} finally run. The executor's pipeline options are first
   * made Beam's default filesystem options in this process, so outputs, the result directory and
   * their cleanup use the same filesystem settings (endpoint, credentials) as the workers.
   *
   * @param plan the physical plan, ending in its sink
   * @param executor where and how the pipeline runs
   * @return the collected rows (none when the sink writes files) and the run's row accounting
   * @throws ResultTooLargeException if a collected result passes the executor's {@link ResultLimits}
   * @throws IllegalArgumentException if an output exists and may not be replaced
   * @throws IllegalStateException if the run's row counts do not add up, or the run finished but its
   *     result or output is not where this process can see it
   * @throws RuntimeException a worker's own exception, e.g. a bad record's file and line, unwrapped
   *     from the runner's
   */
  public static Outcome run(PhysicalSink plan, Executor executor) {
    // The outputs, the result's temp location and its cleanup are this process's work too: with the
    // executor's filesystem options (endpoint, credentials), as its pipeline's workers have them.
    FileSystems.setDefaultPipelineOptions(executor.pipelineOptions());
    return plan.accept(new Execution(executor));
  }

  /**
   * Runs the rows into a fresh result directory under the executor's result location, reads them
   * back here, sorts and cuts them; the directory is removed afterwards, also after a failure.
   *
   * @param sink the sink
   * @return the rows and the run's row accounting
   */
  @Override
  public Outcome collectRows(CollectRows sink) {
    String directory = resultDirectory(executor.resultLocation());
    try {
      PipelineRun run = PipelineRun.of(executor, sink.input());
      ResultFiles.write(run.rows(), directory, executor.resultLimits());
      RunReport report;
      try {
        report = run.run();
      } catch (RuntimeException failure) {
        Optional<TooManyGroupsException> tooMany = tooManyGroups(failure);
        if (tooMany.isPresent()) {
          ResultTooLargeException tooLarge = executor.resultLimits().exceeded(tooMany.get().limit() + " rows");
          tooLarge.initCause(tooMany.get());
          throw tooLarge;
        }
        throw failure;
      }
      List<List<Object>> rows = new ArrayList<>();
      ResultFiles.read(directory, BeamSchemas.toBeam(sink.schema()), executor.resultLimits())
          .forEach(row -> rows.add(Collections.unmodifiableList(new ArrayList<>(row.getValues()))));
      rows.sort(RowOrder.of(sink.schema(), sink.order()));
      return new Outcome(sink.limit() < 0 ? rows : rows.subList(0, Math.min(sink.limit(), rows.size())), report);
    } finally {
      try {
        StoredPaths.delete(directory);
      } catch (RuntimeException e) {
        LOG.warn("could not remove the result directory {}; remove it by hand: {}", directory, e.getMessage());
      }
    }
  }

  /** A new directory for one result: on a local disk made now, readable by this user only. */
  private static String resultDirectory(String location) {
    if (!StoredPaths.isLocal(location)) {
      return StoredPaths.child(location, "beamframe-result-" + UUID.randomUUID(), true);
    }
    try {
      Path parent = Files.createDirectories(StoredPaths.localPath(location));
      return Files.createTempDirectory(parent, "beamframe-result-") + "/";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a result directory in " + location + ": " + e.getMessage(), e);
    }
  }

  /** The worker's proof that a result is too large, wherever a runner wrapped it. */
  private static Optional<TooManyGroupsException> tooManyGroups(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooManyGroupsException tooMany) {
        return Optional.of(tooMany);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the first rows here, from the files in order, without a pipeline.
   *
   * @param sink the sink
   * @return the rows and the accounting of the records read
   */
  @Override
  public Outcome firstRowsOfScan(FirstRowsOfScan sink) {
    return FirstRows.of(sink.scan(), sink.n());
  }

  /**
   * Runs the rows into one CSV file written by the workers, moved into place after the run.
   *
   * @param sink the sink
   * @return no rows, and the run's row accounting
   */
  @Override
  public Outcome csvFile(CsvFile sink) {
    return written(sink.input(), sink.target(), (rows, path) -> rows.apply("WriteCsv", WriteCsv.to(path)));
  }

  /**
   * Runs the rows into one CSV file gathered and sorted on one worker, moved into place after the run.
   *
   * @param sink the sink
   * @return no rows, and the run's row accounting
   */
  @Override
  public Outcome sortedCsvFile(SortedCsvFile sink) {
    return written(sink.input(), sink.target(),
        (rows, path) -> rows.apply("WriteSortedCsv", WriteSortedCsv.to(path, sink.order())));
  }

  /**
   * Runs the group-by into one CSV file merged from key-sorted runs, moved into place after the run;
   * run files and temporary output are removed afterwards.
   *
   * @param sink the sink
   * @return no rows, and the run's row accounting
   */
  @Override
  public Outcome sortedRunsCsvFile(SortedRunsCsvFile sink) {
    AtomicOutput output = AtomicOutput.at(sink.target().path(), sink.target().overwrite());
    try {
      PipelineRun run = PipelineRun.whole(executor, sink, pipeline -> pipeline.apply("WriteSortedGroups",
          Lowering.sortedRuns(sink, output.temporary(), output.scratch())));
      RunReport report = run.run();
      output.commit();
      return new Outcome(List.of(), report);
    } finally {
      output.cleanUp();
    }
  }

  /**
   * Runs the rows into a directory of shard files written by the workers, moved into place after the run.
   *
   * @param sink the sink
   * @return no rows, and the run's row accounting
   */
  @Override
  public Outcome csvShards(CsvShards sink) {
    return written(sink.input(), sink.target(), (rows, path) -> rows.apply("WriteCsvShards", WriteCsv.shardsIn(path)));
  }

  /** Runs {@code input} with its rows written by {@code write} under a temporary name, moved into place after the run. */
  private Outcome written(PhysicalNode input, CsvTarget target, BiConsumer<PCollection<Row>, String> write) {
    AtomicOutput output = AtomicOutput.at(target.path(), target.overwrite());
    try {
      PipelineRun run = PipelineRun.of(executor, input);
      write.accept(run.rows(), output.temporary());
      RunReport report = run.run();
      output.commit();
      return new Outcome(List.of(), report);
    } finally {
      output.cleanUp();
    }
  }

  /**
   * Collects the rows here, then writes them with a header to one CSV file, moved into place when written.
   *
   * @param sink the sink
   * @return no rows, and the row accounting of the collecting run
   */
  @Override
  public Outcome localCsvFile(LocalCsvFile sink) {
    AtomicOutput output = AtomicOutput.at(sink.target().path(), sink.target().overwrite());
    try {
      Outcome collected = sink.collected().accept(this);
      try (Writer writer = Channels.newWriter(
              FileSystems.create(FileSystems.matchNewResource(output.temporary(), false), MimeTypes.TEXT), StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
        printer.printRecord(sink.schema().names());
        for (List<Object> row : collected.rows()) {
          printer.printRecord(row.stream().map(ValueText::format).toList());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output.temporary() + ": " + e.getMessage(), e);
      }
      output.commit();
      return new Outcome(List.of(), collected.report());
    } finally {
      output.cleanUp();
    }
  }
}

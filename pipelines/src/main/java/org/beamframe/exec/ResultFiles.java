package org.beamframe.exec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * Hands a small result from the workers back to this process through a file, the one channel
 * that works on every runner: rows are encoded exactly (RowCoder, Base64 per line), gathered to
 * one worker (the result is small by contract) that writes them in one go, and read back after
 * the run.
 */
final class ResultFiles {
  private static final String PREFIX = "part";
  private static final String SUFFIX = ".rows";

  private ResultFiles() {}

  static void write(PCollection<Row> rows, Path directory, ResultLimits limits) {
    RowCoder coder = RowCoder.of(rows.getSchema());
    rows.apply("EncodeResult", ParDo.of(new EncodeFn(coder, limits)))
        .apply("OneKey", WithKeys.of(""))
        .apply("Gather", GroupByKey.create())
        .apply("WriteResult", ParDo.of(new WriteFn(directory.resolve(PREFIX + SUFFIX).toString())));
  }

  static List<Row> read(Path directory, Schema schema, ResultLimits limits) {
    RowCoder coder = RowCoder.of(schema);
    List<Row> rows = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
          && f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
          byte[] encoded = Base64.getDecoder().decode(line);
          bytes += encoded.length;
          if (rows.size() >= limits.maxRows() || bytes > limits.maxBytes()) {
            throw limits.exceeded(rows.size() >= limits.maxRows() ? limits.maxRows() + " rows" : limits.maxBytes() + " bytes");
          }
          rows.add(coder.decode(new ByteArrayInputStream(encoded)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the result in " + directory + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** Writes every encoded row to the result file: beside it first, then moved into place. */
  private static final class WriteFn extends DoFn<KV<String, Iterable<String>>, Void> {
    private final String file;

    WriteFn(String file) {
      this.file = file;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> all) throws IOException {
      Path target = Path.of(file);
      Path temporary = target.resolveSibling("." + target.getFileName() + ".in-progress");
      Files.write(temporary, all.getValue(), StandardCharsets.US_ASCII);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Encodes rows, and stops the run as soon as one worker alone has seen more than the limits allow. */
  private static final class EncodeFn extends DoFn<Row, String> {
    private final RowCoder coder;
    private final ResultLimits limits;
    private transient long rows;
    private transient long size;

    EncodeFn(RowCoder coder, ResultLimits limits) {
      this.coder = coder;
      this.limits = limits;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<String> out) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      coder.encode(row, bytes);
      rows++;
      size += bytes.size();
      if (rows > limits.maxRows() || size > limits.maxBytes()) {
        throw limits.exceeded(rows > limits.maxRows() ? limits.maxRows() + " rows" : limits.maxBytes() + " bytes");
      }
      out.output(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }
  }
}

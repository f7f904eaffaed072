package org.beamframe.exec;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;
import org.beamframe.storage.StoredPaths;

/**
 * Hands a small result from the workers back to this process through a file, the one channel
 * that works on every runner: rows are encoded exactly (RowCoder, Base64 per line), gathered to
 * one worker (the result is small by contract) that writes them in one go, and read back after
 * the run. The directory is any Beam filesystem path both sides reach (the run's temp location,
 * e.g. {@code s3://bucket/tmp/...} for a cluster), so no disk is shared with the workers.
 */
final class ResultFiles {
  private static final String PREFIX = "part";
  private static final String SUFFIX = ".rows";
  /** A line every result file has, so an empty result is a file too and a missing file is an error. */
  private static final String MARKER = "#beamframe-result";

  private ResultFiles() {}

  static void write(PCollection<Row> rows, String directory, ResultLimits limits) {
    RowCoder coder = RowCoder.of(rows.getSchema());
    PCollection<String> encoded = rows.apply("EncodeResult", ParDo.of(new EncodeFn(coder, limits)));
    PCollection<String> marker = rows.getPipeline().apply("ResultMarker", Create.of(MARKER));
    PCollectionList.of(encoded).and(marker)
        .apply("WithMarker", Flatten.pCollections())
        .apply("OneKey", WithKeys.of(""))
        .apply("Gather", GroupByKey.create())
        .apply("WriteResult", ParDo.of(new WriteFn(StoredPaths.child(directory, PREFIX + SUFFIX, false))));
  }

  /** The rows written to {@code directory}. */
  static List<Row> read(String directory, Schema schema, ResultLimits limits) {
    RowCoder coder = RowCoder.of(schema);
    List<Row> rows = new ArrayList<>();
    long bytes = 0;
    try {
      List<ResourceId> files = new ArrayList<>(StoredPaths.match(StoredPaths.child(directory, PREFIX + "*" + SUFFIX, false)));
      if (files.isEmpty()) {
        throw new IllegalStateException("the run finished but its result is not in " + directory + ", where this "
            + "process reads it: the workers wrote it where this process cannot see it (their own disks?). For a "
            + "cluster on other machines pass a temp location both reach, e.g. --tempLocation=s3://BUCKET/tmp");
      }
      files.sort(Comparator.comparing(ResourceId::toString));
      for (ResourceId file : files) {
        try (BufferedReader lines = new BufferedReader(Channels.newReader(FileSystems.open(file), StandardCharsets.US_ASCII))) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals(MARKER)) {
              continue;
            }
            byte[] encoded = Base64.getDecoder().decode(line);
            bytes += encoded.length;
            if (rows.size() >= limits.maxRows() || bytes > limits.maxBytes()) {
              throw limits.exceeded(rows.size() >= limits.maxRows() ? limits.maxRows() + " rows" : limits.maxBytes() + " bytes");
            }
            rows.add(coder.decode(new ByteArrayInputStream(encoded)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the result in " + directory + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * Writes every encoded row (and the marker) to the result file in one go. A failed attempt's file is replaced by
   * the retry's, and the file is read only after the whole run succeeded.
   */
  private static final class WriteFn extends DoFn<KV<String, Iterable<String>>, Void> {
    private final String file;

    WriteFn(String file) {
      this.file = file;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> all) throws IOException {
      try (Writer out = Channels.newWriter(
          FileSystems.create(FileSystems.matchNewResource(file, false), MimeTypes.TEXT), StandardCharsets.US_ASCII)) {
        for (String line : all.getValue()) {
          out.write(line);
          out.write('\n');
        }
      }
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

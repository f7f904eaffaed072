package org.beamframe.transforms;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.beamframe.types.SortKey;
import org.beamframe.types.ValueText;

/**
 * Writes rows as one CSV file with a header, sorted by some columns as pandas' {@code sort_values}
 * sorts (stable, missing values last whatever the direction): the rows are gathered on one worker,
 * sorted and written there, so the result must fit that worker's memory.
 *
 * <pre>{@code
 * // df.sort_values(["n", "BUYER_STATE"], ascending=[False, True]).to_csv(path)
 * counts.apply("WriteSorted", WriteSortedCsv.to("out/counts.csv.tmp",
 *     List.of(SortKey.descending("n"), SortKey.ascending("BUYER_STATE"))));
 * }</pre>
 *
 * <p>Values are written as {@link WriteCsv} writes them. No rows still give a file with its header.
 * For a group-by over a CSV read sorted by its keys, {@link AggregateCsvToSortedFile} writes the
 * same file in bounded memory.
 */
public final class WriteSortedCsv extends PTransform<PCollection<Row>, PDone> {
  /** The file to write. */
  private final String path;
  /** The sort columns, most significant first. */
  private final List<SortKey> order;

  private WriteSortedCsv(String path, List<SortKey> order) {
    if (order.isEmpty()) {
      throw new IllegalArgumentException("a sorted write needs at least one sort column, e.g. SortKey.ascending(\"x\")");
    }
    this.path = path;
    this.order = List.copyOf(order);
  }

  /**
   * The rows go to exactly {@code path} (a single file; the caller moves it into place), sorted by {@code order}.
   *
   * @param path the file to write
   * @param order the sort columns, most significant first, each ascending or descending
   * @return the transform
   * @throws IllegalArgumentException if {@code order} is empty
   */
  public static WriteSortedCsv to(String path, List<SortKey> order) {
    return new WriteSortedCsv(path, order);
  }

  /**
   * Adds the steps {@code Gather}, {@code Once} and {@code SortAndWrite}.
   *
   * @param rows the rows to write
   * @return the end of the pipeline branch
   * @throws IllegalArgumentException if a sort column is not one of the rows' fields
   */
  @Override
  public PDone expand(PCollection<Row> rows) {
    int[] positions = order.stream().mapToInt(key -> rows.getSchema().indexOf(key.column())).toArray();
    String header = CSVFormat.RFC4180.format(rows.getSchema().getFieldNames().toArray());
    // The rows reach the one writer as a side input, so even no rows give a file with its header.
    PCollectionView<Iterable<Row>> all = rows.apply("Gather", View.asIterable());
    rows.getPipeline().apply("Once", Create.of(path))
        .apply("SortAndWrite", ParDo.of(new SortAndWriteFn(all, header, positions, order)).withSideInputs(all));
    return PDone.in(rows.getPipeline());
  }

  private static final class SortAndWriteFn extends DoFn<String, Void> {
    private final PCollectionView<Iterable<Row>> all;
    private final String header;
    private final int[] positions;
    private final List<SortKey> keys;

    SortAndWriteFn(PCollectionView<Iterable<Row>> all, String header, int[] positions, List<SortKey> keys) {
      this.all = all;
      this.header = header;
      this.positions = positions;
      this.keys = keys;
    }

    @ProcessElement
    public void process(@Element String path, ProcessContext context) throws IOException {
      List<Row> rows = new ArrayList<>();
      context.sideInput(all).forEach(rows::add);
      rows.sort(order());
      try (Writer out = Channels.newWriter(
          FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT), StandardCharsets.UTF_8)) {
        out.write(header);
        out.write('\n');
        for (Row row : rows) {
          out.write(CSVFormat.RFC4180.format(row.getValues().stream().map(ValueText::format).toArray()));
          out.write('\n');
        }
      }
    }

    private Comparator<Row> order() {
      Comparator<Row> order = (a, b) -> 0;
      for (int k = 0; k < positions.length; k++) {
        int position = positions[k];
        SortKey key = keys.get(k);
        order = order.thenComparing((a, b) -> key.compare(a.getValue(position), b.getValue(position)));
      }
      return order;
    }
  }
}

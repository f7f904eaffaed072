package org.beamframe.transforms;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.UUID;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.PartialGroups;

/**
 * Run files of partial groups: one worker's table written in key order ({@link
 * org.beamframe.agg.KeyOrder}), read back one group at a time, so that any number of runs merge in
 * key order holding one group of each. A run is its group count, then each key (as a row) and its
 * accumulator. Written and read through Beam's FileSystems, so runs live wherever the output does.
 */
final class SortedRunFiles implements Serializable {
  private final Schema keySchema;
  private final RowCoder keys;
  private final AggAccumulatorCoder accumulators;

  SortedRunFiles(Schema keySchema, Aggregator aggregator) {
    this.keySchema = keySchema;
    this.keys = RowCoder.of(keySchema);
    this.accumulators = new AggAccumulatorCoder(aggregator);
  }

  /** Writes {@code groups} in key order as a new run in {@code directory}; returns the run's path. */
  String write(PartialGroups groups, String directory) throws IOException {
    ResourceId run = FileSystems.matchNewResource(directory, true)
        .resolve("run-" + UUID.randomUUID(), StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = new BufferedOutputStream(
        Channels.newOutputStream(FileSystems.create(run, MimeTypes.BINARY)), 1 << 16)) {
      VarInt.encode(groups.size(), out);
      groups.forEachInKeyOrder((key, acc) -> {
        try {
          keys.encode(Rows.of(keySchema, key), out);
          accumulators.encode(acc, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return run.toString();
  }

  /** Opens the run at {@code path} for reading with a buffer of {@code bufferBytes}, before its first group. */
  Cursor open(String path, int bufferBytes) throws IOException {
    InputStream in = new BufferedInputStream(
        Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false))), bufferBytes);
    return new Cursor(in, VarInt.decodeInt(in));
  }

  /** One run being read: its current group, and how to move to the next. */
  final class Cursor implements Closeable {
    private final InputStream in;
    private int remaining;
    private Object[] key;
    private AggAccumulator accumulator;

    private Cursor(InputStream in, int groups) {
      this.in = in;
      this.remaining = groups;
    }

    /** Moves to the next group; false (and closed) when the run has no more. Each group is new objects. */
    boolean advance() throws IOException {
      if (remaining == 0) {
        close();
        return false;
      }
      remaining--;
      Row row = keys.decode(in);
      key = new Object[row.getFieldCount()];
      for (int i = 0; i < key.length; i++) {
        key[i] = row.getValue(i);
      }
      accumulator = accumulators.decode(in);
      return true;
    }

    Object[] key() {
      return key;
    }

    AggAccumulator accumulator() {
      return accumulator;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

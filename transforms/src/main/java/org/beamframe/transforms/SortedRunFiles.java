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
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.PartialGroups;

/**
 * Run files of partial groups in key order ({@link org.beamframe.agg.KeyOrder}): a worker's table,
 * or the merge of other runs, read back one group at a time, so that any number of runs merge in
 * key order holding one group of each. A run is, per group, a marker byte 1, the group's key (as a
 * row) and its accumulator ({@link PartialGroupsCoder}'s encoding), then a 0. Written and read
 * through Beam's FileSystems, so runs live wherever the output does.
 */
final class SortedRunFiles implements Serializable {
  private static final int GROUP = 1;
  private static final int END = 0;

  private final PartialGroupsCoder groups;

  SortedRunFiles(PartialGroupsCoder groups) {
    this.groups = groups;
  }

  /** Writes {@code table} in key order as a new run in {@code directory}; returns the run's path. */
  String write(PartialGroups table, String directory) throws IOException {
    Writer run = create(directory);
    try {
      table.forEachInKeyOrder((key, acc) -> {
        try {
          run.add(key, acc);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      run.abandon();
      throw e.getCause();
    }
    return run.finish();
  }

  /** A new, empty run in {@code directory}, to be given its groups in key order. */
  Writer create(String directory) throws IOException {
    ResourceId path = FileSystems.matchNewResource(directory, true)
        .resolve("run-" + UUID.randomUUID(), StandardResolveOptions.RESOLVE_FILE);
    return new Writer(path, new BufferedOutputStream(Channels.newOutputStream(FileSystems.create(path, MimeTypes.BINARY)),
        1 << 16));
  }

  /** Opens the run at {@code path} for reading with a buffer of {@code bufferBytes}, before its first group. */
  Cursor open(String path, int bufferBytes) throws IOException {
    return new Cursor(new BufferedInputStream(
        Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false))), bufferBytes));
  }

  /** One run being written. */
  final class Writer {
    private final ResourceId path;
    private final OutputStream out;

    private Writer(ResourceId path, OutputStream out) {
      this.path = path;
      this.out = out;
    }

    /** Appends a group; groups must come in key order, each key once. */
    void add(Object[] key, AggAccumulator acc) throws IOException {
      out.write(GROUP);
      groups.encodeGroup(key, acc, out);
    }

    /** Ends the run; returns its path. */
    String finish() throws IOException {
      out.write(END);
      out.close();
      return path.toString();
    }

    /** Closes a run that failed; it is never read (its directory is removed by its owner). */
    void abandon() throws IOException {
      out.close();
    }
  }

  /** One run being read: its current group, and how to move to the next. */
  final class Cursor implements Closeable {
    private final InputStream in;
    private Object[] key;
    private AggAccumulator accumulator;

    private Cursor(InputStream in) {
      this.in = in;
    }

    /** Moves to the next group; false (and closed) when the run has no more. Each group is new objects. */
    boolean advance() throws IOException {
      int marker = in.read();
      if (marker != GROUP) {
        close();
        if (marker != END) {
          throw new IOException("a run of partial groups ends before its end marker: it was cut short");
        }
        return false;
      }
      key = groups.decodeKey(in);
      accumulator = groups.decodeAccumulator(in);
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

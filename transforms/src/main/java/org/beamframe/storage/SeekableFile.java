package org.beamframe.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import org.apache.beam.sdk.io.FileSystems;

/**
 * A file opened through Beam's FileSystems (a local path, {@code s3://}, any registered scheme)
 * and read at byte positions. On an object store a seek is a new ranged request, so the channel
 * is moved only when a read does not continue where the last one stopped.
 */
public final class SeekableFile implements Closeable {
  private final SeekableByteChannel channel;
  private long position;

  private SeekableFile(SeekableByteChannel channel) {
    this.channel = channel;
  }

  /**
   * Opens the file at {@code path} for reads at byte positions; close it when done.
   *
   * @param path a local path, {@code file:} URI or a path of any scheme Beam's FileSystems know
   * @return the open file, positioned at byte 0
   * @throws IOException if the file cannot be opened, or its filesystem gives no seekable channel
   *     (the message says to gzip the file or copy it to a filesystem that can read byte ranges)
   */
  public static SeekableFile open(String path) throws IOException {
    ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(StoredPaths.normalize(path), false));
    if (!(channel instanceof SeekableByteChannel seekable)) {
      channel.close();
      throw new IOException("the filesystem of " + path + " cannot read byte ranges; gzip the file "
          + "(a .gz file is read whole) or copy it to a filesystem that can (local, s3://, gs://, hdfs://)");
    }
    return new SeekableFile(seekable);
  }

  /**
   * The file's size.
   *
   * @return the size in bytes
   * @throws IOException if the filesystem cannot tell it
   */
  public long size() throws IOException {
    return channel.size();
  }

  /**
   * Reads into {@code buffer} from byte {@code at}; returns the number of bytes read, or -1 at the end.
   * Reading on from where the previous read stopped costs no seek (on an object store, no new request).
   *
   * @param buffer where the bytes go, from its position up to at most its limit
   * @param at the byte offset in the file to read from
   * @return the number of bytes read (possibly fewer than the buffer has room for), or -1 at the end of the file
   * @throws IOException if the filesystem fails to seek or read
   */
  public int read(ByteBuffer buffer, long at) throws IOException {
    if (at != position) {
      channel.position(at);
      position = at;
    }
    int read = channel.read(buffer);
    if (read > 0) {
      position += read;
    }
    return read;
  }

  /**
   * Bytes [start, end) as a stream; it shares this file's channel, so read one range at a time.
   * Closing the stream does not close this file.
   *
   * @param start the offset of the first byte, inclusive
   * @param end the offset where the stream ends, exclusive
   * @return a stream of those bytes, read lazily as it is consumed
   */
  public InputStream range(long start, long end) {
    return new ByteRangeInputStream(this, start, end);
  }

  /**
   * Closes the underlying channel; streams made by {@link #range} cannot be read after this.
   *
   * @throws IOException if the filesystem fails to close it
   */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}

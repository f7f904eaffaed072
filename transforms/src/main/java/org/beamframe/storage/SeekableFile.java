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

  public static SeekableFile open(String path) throws IOException {
    ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(StoredPaths.normalize(path), false));
    if (!(channel instanceof SeekableByteChannel seekable)) {
      channel.close();
      throw new IOException("the filesystem of " + path + " cannot read byte ranges; gzip the file "
          + "(a .gz file is read whole) or copy it to a filesystem that can (local, s3://, gs://, hdfs://)");
    }
    return new SeekableFile(seekable);
  }

  public long size() throws IOException {
    return channel.size();
  }

  /** Reads into {@code buffer} from byte {@code at}; returns the number of bytes read, or -1 at the end. */
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

  /** Bytes [start, end) as a stream; it shares this file's channel, so read one range at a time. */
  public InputStream range(long start, long end) {
    return new ByteRangeInputStream(this, start, end);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}

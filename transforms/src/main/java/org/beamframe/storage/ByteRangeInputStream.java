package org.beamframe.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** Reads bytes [position, end) of a file with positional reads; does not close the file. */
final class ByteRangeInputStream extends InputStream {
  private final SeekableFile file;
  private final long end;
  private long position;

  ByteRangeInputStream(SeekableFile file, long start, long end) {
    this.file = file;
    this.position = start;
    this.end = end;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (position >= end) {
      return -1;
    }
    int wanted = (int) Math.min(length, end - position);
    int read = file.read(ByteBuffer.wrap(buffer, offset, wanted), position);
    if (read > 0) {
      position += read;
    }
    return read;
  }
}

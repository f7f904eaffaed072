package org.beamframe.csv;

/** A record in a CSV file that cannot be read as declared: names the file, the physical line and the fix. */
public final class CsvRecordException extends RuntimeException {
  private final String file;
  private final long line;

  public CsvRecordException(String file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** The 1-based physical line the record starts on. */
  public long line() {
    return line;
  }
}

package org.beamframe.csv;

/** A record in a CSV file that cannot be read as declared: names the file, the physical line and the fix. */
public final class CsvRecordException extends RuntimeException {
  /** The file the record is in. */
  private final String file;
  /** The 1-based physical line the record starts on. */
  private final long line;

  /**
   * An error whose message is {@code file:line: problem}.
   *
   * @param file the file's path
   * @param line the 1-based physical line the record starts on
   * @param problem what is wrong with the record and how to fix it
   */
  public CsvRecordException(String file, long line, String problem) {
    this(file, line, problem, null);
  }

  /**
   * An error whose message is {@code file:line: problem}, with the exception behind it.
   *
   * @param file the file's path
   * @param line the 1-based physical line the record starts on
   * @param problem what is wrong with the record and how to fix it
   * @param cause the exception behind it (e.g. a user function's), or null
   */
  public CsvRecordException(String file, long line, String problem, Throwable cause) {
    super(file + ":" + line + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /**
   * The file the record is in.
   *
   * @return the file's path, as the read named it
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based physical line the record starts on.
   *
   * @return the line number (CR, LF and CRLF each end a line)
   */
  public long line() {
    return line;
  }
}

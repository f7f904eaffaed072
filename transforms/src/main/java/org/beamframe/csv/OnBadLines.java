package org.beamframe.csv;

/** What a read does with a record it cannot read as declared, as pandas' {@code on_bad_lines}. */
public enum OnBadLines {
  /** Fail the run with the file, line, column, value and the fix (the default). */
  ERROR,
  /** Drop the record and count it in the {@code rows_rejected} counter. */
  SKIP,
  /** Drop and count the record, and write it (file, line, reason, text) to the dead-letter CSV. */
  DEAD_LETTER
}

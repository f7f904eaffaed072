package org.beamframe.csv;

import java.io.Serializable;

/**
 * A record a lenient read dropped: where it was, why, and its fields written back as CSV text.
 * This is one row of a dead-letter file ({@link OnBadLines#DEAD_LETTER}).
 *
 * @param file the file the record is in
 * @param line the 1-based physical line the record starts on
 * @param reason what is wrong with it, with the fix
 * @param text the record's text (for a record the scanner could not split into fields, its first line)
 * @serial exclude
 */
public record RejectedRecord(String file, long line, String reason, String text) implements Serializable {}

package org.beamframe.csv;

import java.io.Serializable;

/** A record a lenient read dropped: where it was, why, and its fields written back as CSV text. */
public record RejectedRecord(String file, long line, String reason, String text) implements Serializable {}

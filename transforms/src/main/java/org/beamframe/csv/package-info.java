/**
 * Reading CSV files as pandas' {@code read_csv} does, in parallel: {@link org.beamframe.csv.CsvReadOptions}
 * (separator, quote character, encoding ({@link org.beamframe.csv.TextEncoding}), header and names,
 * skipped lines, usecols, nrows, declared dtypes, missing-value strings, split size, bad-record policy
 * {@link org.beamframe.csv.OnBadLines}) is the user-facing part. {@link org.beamframe.csv.CsvSource#inspect}
 * lists the files, reads the header and infers undeclared dtypes from samples, on the client, before
 * anything runs; a file is then read in byte-range splits whose record starts are found quote-aware
 * ({@link org.beamframe.csv.RecordBoundaries}, {@link org.beamframe.csv.CsvSplitReader}), and a bad
 * record is either a {@link org.beamframe.csv.CsvRecordException} naming file and line or a counted
 * {@link org.beamframe.csv.RejectedRecord}. Apart from the options, the package is internal to
 * BeamFrame and not a stable API; the Beam transform over it is {@link org.beamframe.transforms.ReadCsv}.
 */
package org.beamframe.csv;

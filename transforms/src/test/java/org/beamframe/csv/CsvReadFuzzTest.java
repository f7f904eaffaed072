package org.beamframe.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of {@link RecordScanner} against Commons CSV, the reference parser. Seeded
 * mutations of valid CSV files (cut, duplicated and swapped bytes, stray quotes, whitespace after
 * a closing quote, NULs, line ends, huge fields), each read in one split and in many, all columns
 * and a reordered subset: the rows are exactly those of one single-threaded Commons CSV parse, or the read fails with an error that names the file (and, for
 * a record, its line). A strict read fails exactly when the file has a bad record; a skipping read
 * returns every good record and counts every bad one, and where Commons CSV gives up (a quote
 * never closed) it skips the bad record and goes on, every record a row or a counted reject. A
 * hang fails the test by its timeout. The same again with single quotes as the quote character
 * (double quotes then plain text) and the bytes read as Latin-1.
 */
class CsvReadFuzzTest {
  private static final int CASES = 400;
  /** A closing quote and what Commons CSV skips (Java whitespace) or refuses after it. */
  private static final byte[][] QUOTE_THEN_BLANK = {
      "\" ".getBytes(StandardCharsets.UTF_8), "\"\t".getBytes(StandardCharsets.UTF_8),
      "\"\u001F".getBytes(StandardCharsets.UTF_8), "\"\u3000".getBytes(StandardCharsets.UTF_8),
      "\"\u00A0".getBytes(StandardCharsets.UTF_8), "\"x".getBytes(StandardCharsets.UTF_8)};

  @TempDir Path dir;
  /** The quote character the files are written and read with. */
  private char quote = '"';
  /** The encoding the files are read in (they are written as UTF-8 bytes). */
  private TextEncoding encoding = TextEncoding.UTF_8;
  private int sameRows;
  private int locatedErrors;
  private int countedRejects;
  private int recovered;

  @Test
  @Timeout(180)
  void mutatedFilesGiveTheSingleThreadedRowsOrALocatedError() throws IOException {
    mutatedFilesGiveTheSingleThreadedRows(new SplittableRandom(3_000_001), CASES);
  }

  @Test
  @Timeout(180)
  void withSingleQuotesInLatin1TooEveryOutcomeIsReached() throws IOException {
    quote = '\'';
    encoding = TextEncoding.LATIN_1;
    mutatedFilesGiveTheSingleThreadedRows(new SplittableRandom(2_024), CASES / 2);
  }

  private void mutatedFilesGiveTheSingleThreadedRows(SplittableRandom random, int cases) throws IOException {
    byte[] valid = validFile(random);
    for (int n = 0; n < cases; n++) {
      byte[] mutated = mutate(valid, random);
      Path file = dir.resolve("case-" + n + ".csv");
      Files.write(file, mutated);
      check(file, "case " + n);
    }
    // The mutations must reach every outcome, or the test proves less than it claims.
    assertTrue(sameRows > cases / 4 && locatedErrors > cases / 4 && countedRejects > cases / 20 && recovered > cases / 20,
        "outcomes: " + sameRows + " same rows, " + locatedErrors + " located errors, " + countedRejects
            + " with rejects, " + recovered + " recovered");
  }

  private void check(Path file, String name) throws IOException {
    List<CSVRecord> reference;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setQuote(quote).get().parse(
        new InputStreamReader(Files.newInputStream(file), encoding.charset().newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      reference = parser.getRecords();
    } catch (UncheckedIOException | IOException lexerFailure) {
      reference = null;
    }
    long size = Files.size(file);
    for (long splitBytes : size > 64_000 ? new long[] {size, size / 5 + 1} : new long[] {size + 1, size / 5 + 1, 61}) {
      for (OnBadLines policy : new OnBadLines[] {OnBadLines.ERROR, OnBadLines.SKIP}) {
        readAndCompare(file, reference, splitBytes, policy, List.of(0, 1, 2), name + " split " + splitBytes + " " + policy);
        readAndCompare(file, reference, splitBytes, policy, List.of(2, 0), name + " split " + splitBytes + " " + policy
            + " columns 2,0");
      }
    }
  }

  private void readAndCompare(Path file, List<CSVRecord> reference, long splitBytes, OnBadLines policy,
      List<Integer> wanted, String name) {
    List<List<Object>> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    long records = 0;
    CsvSource source;
    try {
      source = CsvSource.inspect(file.toString(),
          CsvReadOptions.defaults().withoutNaFilter().withSplitBytes(Math.max(1, splitBytes)).withOnBadLines(policy)
              .withQuoteChar(quote).withEncoding(encoding.pandasName()));
    } catch (CsvRecordException | IllegalArgumentException badHeader) {
      // No policy skips a header: the read cannot know its columns.
      assertTrue(badHeader.getMessage().startsWith(file.toString()) || badHeader.getMessage().contains("file " + file),
          name + ": " + badHeader.getMessage());
      locatedErrors++;
      return;
    }
    List<String> names = source.schema().names();
    // A mutated header may have fewer columns.
    List<Integer> columns = wanted.stream().filter(i -> i < names.size()).toList();
    try {
      List<FrameField> text = columns.stream().map(i -> new FrameField(names.get(i), DType.OBJECT)).toList();
      CsvSplitReader reader = new CsvSplitReader(FrameSchema.of(text), source.options());
      for (ResolvedSplit split : source.resolvedSplits()) {
        records += reader.read(split, values -> rows.add(Arrays.asList(values)), rejected::add);
      }
    } catch (CsvRecordException located) {
      assertEquals(file.toString(), located.file(), name);
      assertTrue(located.line() >= 1, name + ": " + located.getMessage());
      assertTrue(policy == OnBadLines.ERROR && (reference == null || hasBadRecord(reference, columns)),
          name + ": failed although the policy skips bad records: " + located.getMessage());
      locatedErrors++;
      return;
    } catch (IllegalArgumentException headerProblem) {
      assertTrue(headerProblem.getMessage().contains(file.toString()), name + ": " + headerProblem.getMessage());
      return;
    }
    assertEquals(records, rows.size() + rejected.size(), name + ": every record read is a row or a counted reject");
    if (reference == null) {
      // Commons CSV gives up on this file; a skipping read goes on past the bad record instead.
      assertTrue(policy == OnBadLines.SKIP && !rejected.isEmpty(), name + ": read a file Commons CSV cannot");
      recovered++;
      return;
    }
    List<List<Object>> good = new ArrayList<>();
    int width = reference.get(0).size();
    long bad = 0;
    for (CSVRecord record : reference.subList(1, reference.size())) {
      if (!isBad(record, width, columns)) {
        good.add(columns.stream().<Object>map(record::get).toList());
      } else {
        bad++;
      }
    }
    assertEquals(good, rows, name);
    assertEquals(bad, rejected.size(), name + ": every bad record counted");
    sameRows++;
    countedRejects += bad > 0 ? 1 : 0;
  }

  private static boolean hasBadRecord(List<CSVRecord> reference, List<Integer> columns) {
    int width = reference.get(0).size();
    return reference.stream().skip(1).anyMatch(record -> isBad(record, width, columns));
  }

  /** A record of the wrong width, or with invalid UTF-8 in a column the read converts. */
  private static boolean isBad(CSVRecord record, int width, List<Integer> columns) {
    return record.size() != width || columns.stream().anyMatch(i -> record.get(i).indexOf('\uFFFD') >= 0);
  }

  private byte[] validFile(SplittableRandom random) throws IOException {
    String[] pieces = {"a", "b,c", "\n", "\r\n", "\"", "'", " ", "x\ny", "é", "", "1.5", "NA"};
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setQuote(quote).get())) {
      printer.printRecord("id", "name", "note");
      for (int i = 0; i < 60; i++) {
        List<String> fields = new ArrayList<>(List.of(Integer.toString(i)));
        for (int f = 0; f < 2; f++) {
          StringBuilder field = new StringBuilder();
          for (int j = random.nextInt(4); j > 0; j--) {
            field.append(pieces[random.nextInt(pieces.length)]);
          }
          fields.add(field.toString());
        }
        printer.printRecord(fields);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] mutate(byte[] valid, SplittableRandom random) {
    byte[] bytes = valid.clone();
    for (int m = 1 + random.nextInt(3); m > 0; m--) {
      int at = random.nextInt(bytes.length);
      bytes = switch (random.nextInt(8)) {
        case 0 -> Arrays.copyOf(bytes, Math.max(1, at));                                    // cut
        case 1 -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(40))));
        case 2 -> swap(bytes, at, random.nextInt(bytes.length));
        case 3 -> insert(bytes, at, new byte[] {(byte) quote});                               // stray quote
        case 4 -> insert(bytes, at, new byte[] {0});                                          // NUL
        case 5 -> insert(bytes, at, new byte[] {(byte) (random.nextBoolean() ? '\r' : '\n')});
        case 6 -> insert(bytes, at, quoteThen(QUOTE_THEN_BLANK[random.nextInt(QUOTE_THEN_BLANK.length)]));
        default -> insert(bytes, at, huge(random));                                           // huge field
      };
    }
    return bytes;
  }

  /** A closing quote of the read's quote character, then what follows it. */
  private byte[] quoteThen(byte[] quoteAndBlank) {
    byte[] bytes = quoteAndBlank.clone();
    bytes[0] = (byte) quote;
    return bytes;
  }

  private byte[] huge(SplittableRandom random) {
    byte[] field = new byte[100_000 + random.nextInt(200_000)];
    Arrays.fill(field, (byte) 'x');
    if (random.nextBoolean()) {
      field[0] = (byte) quote;
      field[field.length - 1] = (byte) quote;
    }
    return field;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] result = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
    return result;
  }

  private static byte[] swap(byte[] bytes, int i, int j) {
    byte[] result = bytes.clone();
    result[i] = bytes[j];
    result[j] = bytes[i];
    return result;
  }
}

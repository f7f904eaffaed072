package org.beamframe.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Each read_csv argument's defaults, its validation and its message, and that the calls' order does not matter. */
class CsvReadOptionsTest {
  private static final CsvReadOptions DEFAULTS = CsvReadOptions.defaults();

  @Test
  void defaultsAreThoseOfPandas() {
    assertEquals('"', DEFAULTS.quoteChar());
    assertEquals(TextEncoding.UTF_8, DEFAULTS.encoding());
    assertEquals(true, DEFAULTS.header());
    assertEquals(List.of(), DEFAULTS.names());
    assertEquals(0, DEFAULTS.skipRows());
    assertEquals(List.of(), DEFAULTS.usecols());
    assertEquals(OptionalLong.empty(), DEFAULTS.nrows());
    assertEquals("sep=',', dtypes=0 declared, splitBytes=8388608, onBadLines=ERROR", DEFAULTS.toString());
  }

  @Test
  void everyArgumentIsKeptWhateverTheOrderOfTheCalls() {
    CsvReadOptions one = DEFAULTS.withEncoding("latin1").withQuoteChar('\'').withNoHeader()
        .withNames(List.of("a", "b")).withSkipRows(2).withUsecols(List.of("b", "a", "b")).withNrows(10)
        .withSeparator(';');
    CsvReadOptions other = DEFAULTS.withSeparator(';').withNrows(10).withUsecols(List.of("b", "a")).withSkipRows(2)
        .withNames(List.of("a", "b")).withNoHeader().withQuoteChar('\'').withEncoding("ISO-8859-1");
    String expected = "sep=';', dtypes=0 declared, splitBytes=8388608, onBadLines=ERROR, quotechar=''', "
        + "encoding=latin-1, header=None, names=[a, b], skiprows=2, usecols=[b, a], nrows=10";
    assertEquals(expected, one.toString());
    assertEquals(expected, other.toString());
    assertEquals(OptionalLong.of(10), one.nrows());
    assertFalse(one.header());
  }

  @Test
  void encodingsByTheirPandasNamesAndWhyOthersAreRefused() {
    for (String name : List.of("utf-8", "UTF8", "utf_8", "utf-8-sig")) {
      assertEquals(TextEncoding.UTF_8, TextEncoding.of(name), name);
    }
    for (String name : List.of("latin-1", "Latin1", "ISO-8859-1", "iso_8859_1", "l1")) {
      assertEquals(TextEncoding.LATIN_1, TextEncoding.of(name), name);
    }
    for (String name : List.of("cp1252", "CP1252", "windows-1252", "Windows_1252")) {
      assertEquals(TextEncoding.CP1252, TextEncoding.of(name), name);
    }
    IllegalArgumentException utf16 = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withEncoding("UTF-16"));
    assertEquals("encoding \"UTF-16\" is not supported: its characters take two or four bytes, so separators and "
        + "line ends cannot be found in the bytes of a split; use utf-8, latin-1 (iso-8859-1) or cp1252 "
        + "(windows-1252), or re-encode the file as UTF-8, e.g. iconv -f UTF-16 -t utf-8", utf16.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withEncoding("shift_jis"));
    assertEquals("encoding \"shift_jis\" is not supported; use utf-8, latin-1 (iso-8859-1) or cp1252 (windows-1252), "
        + "or re-encode the file as UTF-8, e.g. iconv -f shift_jis -t utf-8", other.getMessage());
  }

  @Test
  void theQuoteAndTheSeparatorAreOneAsciiCharacterEachAndDiffer() {
    assertEquals("quotechar '\\n' is not allowed; use one ASCII character that is not a line break, e.g. '\"' or "
        + "'\\''", assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withQuoteChar('\n')).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withQuoteChar('«'));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withSeparator('§'));
    // Equal, they are refused where they are used, so either may be set first.
    assertEquals("the separator and the quote character are both ','; a CSV read needs two different characters "
        + "(sep and quotechar)", assertThrows(IllegalArgumentException.class,
            () -> RecordBoundaries.of(DEFAULTS.withQuoteChar(','))).getMessage());
    assertEquals('"', DEFAULTS.withQuoteChar('\'').withSeparator('"').separator());
    assertEquals('"', DEFAULTS.withSeparator('"').withQuoteChar('\'').separator());
    assertEquals(';', DEFAULTS.withQuoteChar(',').withSeparator(';').separator());
  }

  @Test
  void namesUsecolsSkiprowsAndNrowsAreChecked() {
    assertEquals("names has \"a\" twice: [a, b, a]; duplicate names are not allowed (pandas refuses them too)",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withNames(List.of("a", "b", "a"))).getMessage());
    assertEquals("names must name at least one column; for the header's own names leave names out",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withNames(List.of())).getMessage());
    assertEquals("usecols must name at least one column; for every column leave usecols out",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withUsecols(List.of())).getMessage());
    assertEquals("skiprows must be at least 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withSkipRows(-1)).getMessage());
    assertEquals("nrows must be at least 0, got -5",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withNrows(-5)).getMessage());
    assertEquals(OptionalLong.of(0), DEFAULTS.withNrows(0).nrows());
  }
}

package org.beamframe.expr.datetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values are pandas 1.5's {@code to_datetime(s, utc=True).dt.tz_convert(None)} of each text. */
class Iso8601Test {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2012|2012-01-01T00:00",
      "2012-01|2012-01-01T00:00",
      "2012-01-01|2012-01-01T00:00",
      "2012-1-1|2012-01-01T00:00",
      "20120101|2012-01-01T00:00",
      "' 2012-01-01 '|2012-01-01T00:00",
      "2012-01-01T10|2012-01-01T10:00",
      "2012-01-01 10:30|2012-01-01T10:30",
      "2012-01-01T10:30:15.5|2012-01-01T10:30:15.500",
      "'2012-01-01T10:30:15,5'|2012-01-01T10:30:15.500",
      "2012-01-01T10:30:15.123456789|2012-01-01T10:30:15.123456789",
      "2012-01-01T10:30:15.1234567891|2012-01-01T10:30:15.123456789",
      "2012-01-01T23:30:00Z|2012-01-01T23:30",
      "2012-01-01T23:30:00+05:30|2012-01-01T18:00",
      "2012-01-01T23:30:00-0500|2012-01-02T04:30",
      "2012-01-01T01:00:00-05|2012-01-01T06:00",
      "2012-01-01 10:30:15 +01:00|2012-01-01T09:30:15",
      "20120101T103015|2012-01-01T10:30:15",
      "2012-12-31T23:59:59-0130|2013-01-01T01:29:59",
  })
  void parsesWhatPandasParses(String text, String expected) {
    assertEquals(LocalDateTime.parse(expected), Iso8601.parse(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1/6/2006", "2012/01/01", "06-01-2006", "2012-02-30", "2012-13-01", "2012-01-01T25:00",
      "2012-01-01T10:30:15.", "2012-01-01T10:30:15+24:00", "2012-01-01X", "201201", "2012-01-01T10:30Zulu",
      "２０１２-01-01"})
  void refusesEverythingElse(String text) {
    assertNull(Iso8601.parse(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1/6/2006|format='%m/%d/%Y' (or '%d/%m/%Y' if the day comes first)",
      "06.01.2006|format='%m.%d.%Y' (or '%d.%m.%Y' if the day comes first)",
      "2012/01/01|format='%Y/%m/%d'",
  })
  void hintsAtTheFormatOfTheValuesShape(String value, String hint) {
    assertTrue(Iso8601.hintFor(value).contains(hint), Iso8601.hintFor(value));
  }
}

package org.beamframe.expr.datetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Texts parsed with a format; each expected value is pandas 1.5's {@code to_datetime(text, format=...)} (empty: an error). */
class StrftimeFormatTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "%m%d%Y|1062006|2006-10-06T00:00",
      "%m%d%Y|162006|2006-01-06T00:00",
      "%m%d%Y|01062006|2006-01-06T00:00",
      "%m%d%Y|13152006|",
      "%m%d%Y|1112006|2006-11-01T00:00",
      "%m/%d/%Y|1/6/2006|2006-01-06T00:00",
      "%d/%m/%Y %H:%M|1/2/2007 9:05|2007-02-01T09:05",
      "%Y-%m-%d|2012-1-5|2012-01-05T00:00",
      "%d %m %Y|6  1   2006|2006-01-06T00:00",
      "%Y%m%d|2012015|2012-01-05T00:00",
      "%y%m%d|990101|1999-01-01T00:00",
      "%y%m%d|680101|2068-01-01T00:00",
      "%d/%m/%Y|31/2/2007|",
      "%H:%M %d.%m.%Y|23:59 1.12.2012|2012-12-01T23:59",
      "%m/%d/%Y|'1/6/2006 '|",
      "%m/%d/%Y|' 1/6/2006'|",
      "%d.%m.%Y|01.2.2007|2007-02-01T00:00",
      "%Y%m%d%H%M|2012010112|2012-01-01T01:02",
  })
  void parsesAsPandasWithAFormat(String format, String text, String expected) {
    assertEquals(expected == null ? null : LocalDateTime.parse(expected), new StrftimeFormat(format).parse(text),
        format + " " + text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "%Y-%j|the directive %j",
      "%m%d|no year (%Y or %y)",
      "%Y%m%m|%m twice",
      "%Y %y|two years (%Y and %y)",
      "%Y-%|a trailing %",
  })
  void badFormatsFailWhereTheyAreWritten(String format, String what) {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new StrftimeFormat(format));
    assertEquals("format \"" + format + "\" has " + what + "; supported directives are %Y %y %m %d %H %M %S %%, "
        + "or 'ISO8601'", bad.getMessage());
  }
}

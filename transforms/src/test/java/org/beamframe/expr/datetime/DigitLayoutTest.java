package org.beamframe.expr.datetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The by-position parse against java.time's strict formatter for the same layout, on random text. */
class DigitLayoutTest {
  @Test
  void randomTextParsesAsTheStrictFormatterSays() {
    check("%m%d%Y", "MMdduuuu");
    check("%Y-%m-%d %H:%M:%S", "uuuu-MM-dd HH:mm:ss");
    check("%Y%m", "uuuuMM");
  }

  @Test
  void formatsOutsideTheFastPathAreLeftToTheFormatter() {
    assertNull(DigitLayout.of("%y%m%d"));
    assertNull(DigitLayout.of("%Y%Y"));
    assertNull(DigitLayout.of("%m%d"));
  }

  private static void check(String strftime, String javaPattern) {
    DateTimeFormatter reference = new DateTimeFormatterBuilder().appendPattern(javaPattern)
        .parseDefaulting(ChronoField.DAY_OF_MONTH, 1)
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
        .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    DigitLayout layout = DigitLayout.of(strftime);
    SplittableRandom random = new SplittableRandom(strftime.hashCode());
    LocalDateTime start = LocalDateTime.of(1999, 1, 1, 0, 0);
    int matched = 0;
    for (int n = 0; n < 100_000; n++) {
      String valid = start.plusSeconds(random.nextLong(0, 40L * 365 * 86400)).format(reference);
      char[] text = valid.toCharArray();
      if (random.nextInt(3) == 0) {
        text[random.nextInt(text.length)] = "0123456789-: x".charAt(random.nextInt(14));
      }
      String candidate = random.nextInt(50) == 0 ? valid.substring(1) : new String(text);
      LocalDateTime expected;
      try {
        expected = LocalDateTime.parse(candidate, reference);
      } catch (DateTimeParseException mismatch) {
        expected = null;
      }
      matched += expected == null ? 0 : 1;
      assertEquals(expected, layout.parse(candidate), strftime + " on \"" + candidate + "\"");
    }
    assertTrue(matched > 50_000 && matched < 100_000, strftime + ": " + matched + " matched");
  }
}

package org.beamframe.expr.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass parser against the grammar written as a regular expression plus Double.parseDouble. */
class NumericTextTest {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  @Test
  void randomNumberLikeTextParsesAsTheGrammarAndDoubleParseDoubleSay() {
    SplittableRandom random = new SplittableRandom(42);
    String[] pieces = {"0", "1", "7", "9", "00", "123456789", ".", "e", "E", "-", "+", " ", "\t", "x", "5"};
    int numbers = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(1, 9); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String trimmed = text.toString().strip();
      Double expected = DECIMAL.matcher(trimmed).matches() ? Double.parseDouble(trimmed) : null;
      numbers += expected == null ? 0 : 1;
      assertEquals(expected, NumericText.parseDouble(text.toString()), "\"" + text + "\"");
    }
    assertEquals(true, numbers > 20_000, "too few valid numbers generated: " + numbers);
  }

  @Test
  void decimalsOfManyDigitsAndExponentsRoundAsDoubleParseDouble() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 200_000; n++) {
      String text = random.nextLong(0, Long.MAX_VALUE) / (long) Math.pow(10, random.nextInt(19))
          + "." + Long.toString(random.nextLong(100_000_000_000L, 1_000_000_000_000L)).substring(0, 1 + random.nextInt(12))
          + (random.nextBoolean() ? "e" + (random.nextInt(60) - 30) : "");
      assertEquals(Double.parseDouble(text), NumericText.parseDouble(text), text);
    }
  }

  @Test
  void specialValuesAndSignsAsPandas() {
    assertEquals(Double.NEGATIVE_INFINITY, NumericText.parseDouble(" -Infinity "));
    assertEquals(Double.POSITIVE_INFINITY, NumericText.parseDouble("+inf"));
    assertEquals(Double.NaN, NumericText.parseDouble("NaN"));
    assertEquals(-0.0, NumericText.parseDouble("-0"));
    assertEquals(1.5, NumericText.parseDouble("1.5"));
    assertNull(NumericText.parseDouble("0x10"));
    assertNull(NumericText.parseDouble("1d"));
    assertNull(NumericText.parseDouble("infinit"));
    assertNull(NumericText.parseDouble(""));
  }
}

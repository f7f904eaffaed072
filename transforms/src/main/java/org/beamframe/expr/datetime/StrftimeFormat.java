package org.beamframe.expr.datetime;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Set;

/**
 * A strftime-style format ({@code %m%d%Y}, {@code %m/%d/%Y}, {@code %Y-%m-%d %H:%M:%S}, ...) compiled
 * to a strict {@link DateTimeFormatter}, or pandas' {@code 'ISO8601'} ({@link Iso8601}).
 *
 * <p>Supported directives: {@code %Y} (4-digit year), {@code %y} (2-digit year, 69-99 are 1969-1999
 * and 00-68 are 2000-2068, as Python), {@code %m %d %H %M %S} and {@code %%}; any other character is
 * a literal. As Python's {@code strptime} (and so pandas with a format), {@code %m %d %H %M %S} take
 * one or two digits where a literal or the end follows them ({@code 1/6/2006} matches
 * {@code %m/%d/%Y}); followed by another directive ({@code %m%d%Y}) they take exactly two, so the
 * digits split one way. Parsing is strict: the text must match the whole format and the date must
 * exist (no February 30th). Fields the format lacks default to January 1st, midnight. The
 * format's width is that of a text with every field at full width: numeric input shorter than
 * that is zero-padded on the left before parsing. Formats of {@code %Y %m %d %H %M %S} and
 * literals only are parsed by a faster digit-by-digit path with the same results. Two formats are
 * equal when their patterns are.
 */
public final class StrftimeFormat implements Serializable {
  /** pandas' name for "any ISO 8601 date-time", parsed by {@link Iso8601}. */
  public static final String ISO8601 = "ISO8601";

  private static final String SUPPORTED = "%Y %y %m %d %H %M %S %%, or 'ISO8601'";

  /** The strftime pattern as given. */
  private final String pattern;
  /** The length of every text the pattern matches. */
  private final int width;
  private transient DateTimeFormatter formatter;
  /** The same parse without the formatter's machinery, for formats of digits and literals only. */
  private transient DigitLayout digits;

  /**
   * Compiles and checks {@code pattern}, so a bad format fails where it is written, not on a worker.
   *
   * @param pattern a strftime format such as {@code "%m%d%Y"}, or {@link #ISO8601}
   * @throws IllegalArgumentException if the pattern has an unsupported directive, ends with a
   *     single {@code %}, or has no year ({@code %Y} or {@code %y})
   * @throws NullPointerException if {@code pattern} is null
   */
  public StrftimeFormat(String pattern) {
    this.pattern = pattern;
    this.width = isIso8601(pattern) ? 0 : build(pattern).width;
  }

  /**
   * Whether this is pandas' {@code format='ISO8601'} rather than a strftime pattern.
   *
   * @return true for {@link #ISO8601}
   */
  public boolean isIso8601() {
    return isIso8601(pattern);
  }

  private static boolean isIso8601(String pattern) {
    return ISO8601.equals(pattern);
  }

  /**
   * The pattern as given.
   *
   * @return the strftime pattern
   */
  public String pattern() {
    return pattern;
  }

  /**
   * The length of every text this format matches.
   *
   * @return the number of characters of a matching text with every field at full width, e.g. 8 for
   *     {@code %m%d%Y}; 0 for {@link #ISO8601}, whose texts have no one width
   */
  public int width() {
    return width;
  }

  /**
   * The parsed date-time, or {@code null} if {@code text} does not match the format.
   *
   * @param text the text to parse, whole and as is (not trimmed); not null
   * @return the date-time, or {@code null} if the text does not match or names no real date
   */
  public LocalDateTime parse(String text) {
    if (isIso8601()) {
      return Iso8601.parse(text);
    }
    if (formatter == null) {
      digits = DigitLayout.of(pattern);
      formatter = build(pattern).formatter;
    }
    if (digits != null && text.length() == width) {
      // At full width only the digit layout can match: a shorter field would need a longer one.
      return digits.parse(text);
    }
    try {
      return LocalDateTime.parse(text, formatter);
    } catch (DateTimeParseException mismatch) {
      return null;
    }
  }

  private record Compiled(DateTimeFormatter formatter, int width) {}

  private static Compiled build(String pattern) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
    Set<ChronoField> seen = EnumSet.noneOf(ChronoField.class);
    int width = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        builder.appendLiteral(c);
        width++;
        continue;
      }
      if (i + 1 == pattern.length()) {
        throw unsupported(pattern, "a trailing %");
      }
      char directive = pattern.charAt(++i);
      switch (directive) {
        case 'Y' -> width += fixed(builder, seen, ChronoField.YEAR, 4);
        case 'y' -> {
          // Python's rule: 69-99 are 1969-1999, 00-68 are 2000-2068.
          builder.appendValueReduced(ChronoField.YEAR, 2, 2, 1969);
          seen.add(ChronoField.YEAR);
          width += 2;
        }
        case 'm' -> width += twoDigits(builder, seen, ChronoField.MONTH_OF_YEAR, pattern, i);
        case 'd' -> width += twoDigits(builder, seen, ChronoField.DAY_OF_MONTH, pattern, i);
        case 'H' -> width += twoDigits(builder, seen, ChronoField.HOUR_OF_DAY, pattern, i);
        case 'M' -> width += twoDigits(builder, seen, ChronoField.MINUTE_OF_HOUR, pattern, i);
        case 'S' -> width += twoDigits(builder, seen, ChronoField.SECOND_OF_MINUTE, pattern, i);
        case '%' -> {
          builder.appendLiteral('%');
          width++;
        }
        default -> throw unsupported(pattern, "the directive %" + directive);
      }
    }
    if (!seen.contains(ChronoField.YEAR)) {
      throw unsupported(pattern, "no year (%Y or %y)");
    }
    builder.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1).parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
    builder.parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0);
    builder.parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0);
    return new Compiled(builder.toFormatter().withResolverStyle(ResolverStyle.STRICT), width);
  }

  /**
   * A two-digit field, which takes one digit too where no other directive follows it: Python's
   * strptime reads {@code 1/6/2006} with {@code %m/%d/%Y}.
   */
  private static int twoDigits(DateTimeFormatterBuilder builder, Set<ChronoField> seen, ChronoField field,
      String pattern, int directiveAt) {
    boolean directiveNext = directiveAt + 2 < pattern.length() && pattern.charAt(directiveAt + 1) == '%'
        && pattern.charAt(directiveAt + 2) != '%';
    if (directiveNext) {
      return fixed(builder, seen, field, 2);
    }
    builder.appendValue(field, 1, 2, SignStyle.NOT_NEGATIVE);
    seen.add(field);
    return 2;
  }

  private static int fixed(DateTimeFormatterBuilder builder, Set<ChronoField> seen, ChronoField field, int digits) {
    builder.appendValue(field, digits);
    seen.add(field);
    return digits;
  }

  private static IllegalArgumentException unsupported(String pattern, String what) {
    return new IllegalArgumentException(
        "format \"" + pattern + "\" has " + what + "; supported directives are " + SUPPORTED);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StrftimeFormat that && pattern.equals(that.pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}

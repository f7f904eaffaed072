package org.beamframe.expr.datetime;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Set;

/**
 * A strftime-style format ({@code %m%d%Y}, {@code %Y-%m-%d %H:%M:%S}, ...) compiled to a strict
 * {@link DateTimeFormatter}. Every supported directive has a fixed width, so the format has one
 * text width; numeric input shorter than that is zero-padded on the left before parsing.
 */
public final class StrftimeFormat implements Serializable {
  private static final String SUPPORTED = "%Y %y %m %d %H %M %S %%";

  private final String pattern;
  private final int width;
  private transient DateTimeFormatter formatter;
  /** The same parse without the formatter's machinery, for formats of digits and literals only. */
  private transient DigitLayout digits;

  public StrftimeFormat(String pattern) {
    this.pattern = pattern;
    this.width = build(pattern).width;
  }

  public String pattern() {
    return pattern;
  }

  /** The length of every text this format matches. */
  public int width() {
    return width;
  }

  /** The parsed date-time, or {@code null} if {@code text} does not match the format. */
  public LocalDateTime parse(String text) {
    if (formatter == null) {
      digits = DigitLayout.of(pattern);
      formatter = build(pattern).formatter;
    }
    if (digits != null) {
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
        case 'm' -> width += fixed(builder, seen, ChronoField.MONTH_OF_YEAR, 2);
        case 'd' -> width += fixed(builder, seen, ChronoField.DAY_OF_MONTH, 2);
        case 'H' -> width += fixed(builder, seen, ChronoField.HOUR_OF_DAY, 2);
        case 'M' -> width += fixed(builder, seen, ChronoField.MINUTE_OF_HOUR, 2);
        case 'S' -> width += fixed(builder, seen, ChronoField.SECOND_OF_MINUTE, 2);
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

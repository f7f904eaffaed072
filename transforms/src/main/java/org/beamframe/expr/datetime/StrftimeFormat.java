package org.beamframe.expr.datetime;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strftime-style format ({@code %m%d%Y}, {@code %m/%d/%Y}, {@code %Y-%m-%d %H:%M:%S}, ...) parsed as
 * Python's {@code strptime} parses it (and so pandas' {@code to_datetime} with a format), or pandas'
 * {@code 'ISO8601'} ({@link Iso8601}).
 *
 * <p>Supported directives: {@code %Y} (4 digits), {@code %y} (2 digits, 69-99 are 1969-1999 and
 * 00-68 are 2000-2068), {@code %m %d %H %M %S} (one or two digits) and {@code %%}; a run of blanks
 * matches one or more blanks, any other character itself. As Python, the format becomes a regular
 * expression whose first match must use up the whole text: {@code 1/6/2006} matches
 * {@code %m/%d/%Y}, and {@code 1062006} matches {@code %m%d%Y} as October 6th, the month taking two
 * digits where it can. The date must exist (no February 30th). Fields the format lacks default to
 * January 1st, midnight. The format's width is that of a text with every field at full width:
 * numeric input shorter than that is zero-padded on the left before parsing (BeamFrame's rule for
 * MMDDYYYY numbers that lost their leading zero; pandas would read their digits as text). Formats of
 * {@code %Y %m %d %H %M %S} and literals take a faster digit-by-digit path at full width, with the
 * same results. Two formats are equal when their patterns are.
 */
public final class StrftimeFormat implements Serializable {
  /** pandas' name for "any ISO 8601 date-time", parsed by {@link Iso8601}. */
  public static final String ISO8601 = "ISO8601";

  private static final String SUPPORTED = "%Y %y %m %d %H %M %S %%, or 'ISO8601'";

  /** The strftime pattern as given. */
  private final String pattern;
  /** The length of every text the pattern matches. */
  private final int width;
  /** The format as Python's strptime matches it. */
  private transient Pattern regex;
  /** The directives the format has, e.g. {@code "mdY"}. */
  private transient String directives;
  /** The same parse without a regex, for full-width texts of formats of digits and literals only. */
  private transient DigitLayout digits;

  /**
   * Compiles and checks {@code pattern}, so a bad format fails where it is written, not on a worker.
   *
   * @param pattern a strftime format such as {@code "%m%d%Y"}, or {@link #ISO8601}
   * @throws IllegalArgumentException if the pattern has an unsupported directive, a directive twice,
   *     ends with a single {@code %}, or has no year or two ({@code %Y} or {@code %y})
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
    if (regex == null) {
      Compiled compiled = build(pattern);
      digits = DigitLayout.of(pattern);
      directives = compiled.directives();
      regex = Pattern.compile(compiled.regex());
    }
    if (digits != null && text.length() == width) {
      // Every field at full width: the digit layout's answer, when it has one, is the regex's too.
      LocalDateTime fast = digits.parse(text);
      if (fast != null) {
        return fast;
      }
    }
    // As Python's strptime (and so pandas): the first match of the format's regex, which must use up the text.
    Matcher match = regex.matcher(text);
    if (!match.lookingAt() || match.end() != text.length()) {
      return null;
    }
    try {
      return LocalDateTime.of(year(match), field(match, 'm', 1), field(match, 'd', 1), field(match, 'H', 0),
          field(match, 'M', 0), field(match, 'S', 0));
    } catch (DateTimeException noSuchDate) {
      return null;
    }
  }

  private int year(Matcher match) {
    if (directives.indexOf('Y') >= 0) {
      return Integer.parseInt(match.group("Y"));
    }
    // Python's rule for %y: 69-99 are 1969-1999, 00-68 are 2000-2068.
    int twoDigits = Integer.parseInt(match.group("y"));
    return twoDigits <= 68 ? 2000 + twoDigits : 1900 + twoDigits;
  }

  private int field(Matcher match, char directive, int absent) {
    return directives.indexOf(directive) >= 0 ? Integer.parseInt(match.group(String.valueOf(directive)).strip()) : absent;
  }

  /** The format as Python's {@code _strptime} writes it as a regex, its directives, and its full width. */
  private record Compiled(String regex, String directives, int width) {}

  private static Compiled build(String pattern) {
    StringBuilder regex = new StringBuilder();
    StringBuilder directives = new StringBuilder();
    int width = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (Character.isWhitespace(c)) {
        // Python: any run of blanks in the format matches one or more blanks.
        while (i + 1 < pattern.length() && Character.isWhitespace(pattern.charAt(i + 1))) {
          i++;
        }
        regex.append("\\s+");
        width++;
        continue;
      }
      if (c != '%') {
        regex.append(Pattern.quote(String.valueOf(c)));
        width++;
        continue;
      }
      if (i + 1 == pattern.length()) {
        throw unsupported(pattern, "a trailing %");
      }
      char directive = pattern.charAt(++i);
      String field = switch (directive) {
        case 'Y' -> "\\d\\d\\d\\d";
        case 'y' -> "\\d\\d";
        case 'm' -> "1[0-2]|0[1-9]|[1-9]";
        case 'd' -> "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]";
        case 'H' -> "2[0-3]|[01]\\d|\\d";
        case 'M' -> "[0-5]\\d|\\d";
        case 'S' -> "6[01]|[0-5]\\d|\\d";
        case '%' -> null;
        default -> throw unsupported(pattern, "the directive %" + directive);
      };
      if (field == null) {
        regex.append('%');
        width++;
        continue;
      }
      if (directives.indexOf(String.valueOf(directive)) >= 0) {
        throw unsupported(pattern, "%" + directive + " twice");
      }
      directives.append(directive);
      regex.append("(?<").append(directive).append('>').append(field).append(')');
      width += directive == 'Y' ? 4 : 2;
    }
    if (directives.indexOf("Y") < 0 && directives.indexOf("y") < 0) {
      throw unsupported(pattern, "no year (%Y or %y)");
    }
    if (directives.indexOf("Y") >= 0 && directives.indexOf("y") >= 0) {
      throw unsupported(pattern, "two years (%Y and %y)");
    }
    return new Compiled(regex.toString(), directives.toString(), width);
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

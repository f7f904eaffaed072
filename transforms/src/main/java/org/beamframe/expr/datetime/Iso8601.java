package org.beamframe.expr.datetime;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * ISO 8601 date-times as pandas parses them with {@code format='ISO8601'} (and without a format):
 * {@code 2012}, {@code 2012-01}, {@code 2012-01-01} (month and day may have one digit),
 * {@code 20120101}; then, after {@code T} or a space, {@code HH}, {@code HH:MM}, {@code HH:MM:SS}
 * and a fraction of up to nine digits after {@code .} or {@code ,}; then an optional {@code Z} or
 * offset ({@code +05:30}, {@code -0500}, {@code -05}), which is applied: the value is the UTC
 * time, without a zone (pandas' {@code utc=True} followed by {@code tz_convert(None)}).
 * Surrounding spaces are ignored. Nothing else is accepted: day/month orders are ambiguous, so
 * other shapes need an explicit format.
 */
public final class Iso8601 {
  private final String text;
  private int at;

  private Iso8601(String text) {
    this.text = text.strip();
  }

  /**
   * Parses one value.
   *
   * @param text the text to parse
   * @return the date-time (UTC when the text has an offset), or {@code null} if the text is not
   *     ISO 8601 or names a date that does not exist (2012-02-30)
   */
  public static LocalDateTime parse(String text) {
    try {
      return new Iso8601(text).dateTime();
    } catch (DateTimeException | IllegalStateException invalid) {
      return null;
    }
  }

  /**
   * What to tell a user whose value is not ISO 8601: a format for its shape when one is likely.
   *
   * @param value the value that did not parse
   * @return a hint such as {@code "pass its format, e.g. format='%m/%d/%Y' (or '%d/%m/%Y' if the day comes first)"}
   */
  public static String hintFor(String value) {
    String[] parts = value.strip().split("[/.\\-]");
    if (parts.length == 3 && parts[2].length() == 4) {
      char separator = value.strip().charAt(parts[0].length());
      return "pass its format, e.g. format='%m" + separator + "%d" + separator + "%Y' (or '%d" + separator + "%m"
          + separator + "%Y' if the day comes first): BeamFrame does not guess day/month orders";
    }
    if (parts.length == 3 && parts[0].length() == 4) {
      char separator = value.strip().charAt(4);
      return "pass its format, e.g. format='%Y" + separator + "%m" + separator + "%d'";
    }
    return "pass its format, e.g. format='%m%d%Y' or '%d/%m/%Y %H:%M'";
  }

  private LocalDateTime dateTime() {
    int year = digits(4, 4);
    int month = 1;
    int day = 1;
    if (at < text.length() && text.charAt(at) == '-') {
      at++;
      month = digits(1, 2);
      if (at < text.length() && text.charAt(at) == '-') {
        at++;
        day = digits(1, 2);
      }
    } else if (digitAt(at)) {
      month = digits(2, 2);
      day = digits(2, 2);
    }
    LocalDateTime value = LocalDateTime.of(year, month, day, 0, 0);
    if (at == text.length()) {
      return value;
    }
    if (text.charAt(at) != 'T' && text.charAt(at) != ' ') {
      throw new IllegalStateException("no time separator");
    }
    at++;
    int hour = digits(2, 2);
    int minute = 0;
    int second = 0;
    int nanos = 0;
    // Extended (10:30:15) or basic (103015) form.
    boolean extended = at < text.length() && text.charAt(at) == ':';
    if (extended || digitAt(at)) {
      at += extended ? 1 : 0;
      minute = digits(2, 2);
      if (extended ? at < text.length() && text.charAt(at) == ':' : digitAt(at)) {
        at += extended ? 1 : 0;
        second = digits(2, 2);
        if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ',')) {
          at++;
          nanos = fraction();
        }
      }
    }
    value = value.withHour(hour).withMinute(minute).withSecond(second).withNano(nanos);
    if (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    if (at == text.length()) {
      return value;
    }
    return value.minusSeconds(offsetSeconds());
  }

  private long offsetSeconds() {
    char sign = text.charAt(at++);
    if (sign == 'Z' && at == text.length()) {
      return 0;
    }
    if (sign != '+' && sign != '-') {
      throw new IllegalStateException("no offset");
    }
    int hours = digits(2, 2);
    int minutes = 0;
    if (at < text.length()) {
      if (text.charAt(at) == ':') {
        at++;
      }
      minutes = digits(2, 2);
    }
    if (at != text.length() || hours > 23 || minutes > 59) {
      throw new IllegalStateException("bad offset");
    }
    long seconds = hours * 3600L + minutes * 60L;
    return sign == '-' ? -seconds : seconds;
  }

  private boolean digitAt(int index) {
    return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
  }

  /** The next {@code min} to {@code max} digits as a number. */
  private int digits(int min, int max) {
    int value = 0;
    int count = 0;
    while (count < max && digitAt(at)) {
      value = value * 10 + (text.charAt(at++) - '0');
      count++;
    }
    if (count < min) {
      throw new IllegalStateException("expected " + min + " digits");
    }
    return value;
  }

  /** One to nine digits of a second, as nanoseconds; digits past the ninth are dropped, as pandas does. */
  private int fraction() {
    int nanos = 0;
    int count = 0;
    while (digitAt(at)) {
      if (count < 9) {
        nanos = nanos * 10 + (text.charAt(at) - '0');
      }
      count++;
      at++;
    }
    if (count == 0) {
      throw new IllegalStateException("empty fraction");
    }
    for (int k = Math.min(count, 9); k < 9; k++) {
      nanos *= 10;
    }
    return nanos;
  }
}

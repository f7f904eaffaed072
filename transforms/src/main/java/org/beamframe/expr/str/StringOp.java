package org.beamframe.expr.str;

import java.util.Locale;
import java.util.regex.Pattern;
import org.beamframe.types.DType;

/** pandas' {@code .str} methods BeamFrame has, each with its result dtype and pandas' defaults. */
public enum StringOp {
  /** {@code upper()}: upper-cased text. */
  UPPER(DType.OBJECT),
  /** {@code lower()}: lower-cased text. */
  LOWER(DType.OBJECT),
  /** {@code strip()}: text without leading and trailing white space. */
  STRIP(DType.OBJECT),
  /** {@code len()}: the number of code points, int64. */
  LEN(DType.INT64),
  /** {@code contains(pat, regex=True)}: a regular-expression search unless regex is false. */
  CONTAINS(DType.BOOL),
  /** {@code startswith(prefix)}: whether the text starts with the prefix. */
  STARTSWITH(DType.BOOL),
  /** {@code endswith(suffix)}: whether the text ends with the suffix. */
  ENDSWITH(DType.BOOL),
  /** {@code slice(start, stop)} with Python's negative indexes; a missing bound is the end. */
  SLICE(DType.OBJECT),
  /** {@code replace(pat, repl, regex=False)}, as pandas 2 (pandas 1.5 defaults to regex=True). */
  REPLACE(DType.OBJECT);

  private final DType result;

  StringOp(DType result) {
    this.result = result;
  }

  /**
   * The dtype of the method's result.
   *
   * @return object, int64 or bool
   */
  public DType result() {
    return result;
  }

  /** The method applied to non-null {@code text}; {@code pattern} is the compiled regex, if any. */
  Object apply(String text, Object[] args, Pattern pattern) {
    return switch (this) {
      case UPPER -> text.toUpperCase(Locale.ROOT);
      case LOWER -> text.toLowerCase(Locale.ROOT);
      case STRIP -> text.strip();
      case LEN -> (long) text.codePointCount(0, text.length());
      case CONTAINS -> pattern != null ? pattern.matcher(text).find() : text.contains((String) args[0]);
      case STARTSWITH -> text.startsWith((String) args[0]);
      case ENDSWITH -> text.endsWith((String) args[0]);
      case SLICE -> slice(text, (Long) args[0], (Long) args[1]);
      case REPLACE -> pattern != null
          ? pattern.matcher(text).replaceAll((String) args[1])
          : text.replace((String) args[0], (String) args[1]);
    };
  }

  private static String slice(String text, Long start, Long stop) {
    int length = text.length();
    int from = bound(start, 0, length);
    int to = bound(stop, length, length);
    return from >= to ? "" : text.substring(from, to);
  }

  private static int bound(Long index, int missing, int length) {
    if (index == null) {
      return missing;
    }
    long i = index < 0 ? index + length : index;
    return (int) Math.max(0, Math.min(length, i));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

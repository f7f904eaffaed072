package org.beamframe.expr.str;

import java.util.Arrays;
import java.util.List;
import org.beamframe.expr.Expr;

/**
 * pandas' {@code .str}: {@code col("name").str().upper()}. Made by {@link Expr#str()}; each method
 * returns a new expression over the accessor's input, which must be object (text), checked at
 * type-check. A missing value gives a missing result for every method, as in pandas. String
 * arguments must not be null. Regular expressions are Java's ({@link java.util.regex.Pattern}),
 * which for common patterns match as Python's {@code re}; an invalid one fails when the expression
 * is compiled, with an {@link IllegalArgumentException}.
 */
public final class StringAccessor {
  private final Expr input;

  /**
   * An accessor over {@code input}; {@link Expr#str()} is the usual way to get one.
   *
   * @param input an object (text) expression
   */
  public StringAccessor(Expr input) {
    this.input = input;
  }

  /**
   * pandas' {@code .str.upper()}, with Unicode case rules independent of the locale.
   *
   * @return the upper-cased text, object
   */
  public Expr upper() {
    return of(StringOp.UPPER);
  }

  /**
   * pandas' {@code .str.lower()}, with Unicode case rules independent of the locale.
   *
   * @return the lower-cased text, object
   */
  public Expr lower() {
    return of(StringOp.LOWER);
  }

  /**
   * pandas' {@code .str.strip()}: leading and trailing white space removed
   * ({@link String#strip()}).
   *
   * @return the stripped text, object
   */
  public Expr strip() {
    return of(StringOp.STRIP);
  }

  /**
   * pandas' {@code .str.len()}: the number of characters (Unicode code points, as Python counts).
   *
   * @return the length, int64
   */
  public Expr len() {
    return of(StringOp.LEN);
  }

  /**
   * A regular-expression search, as pandas' default.
   *
   * @param pattern a regular expression found anywhere in the text (case-sensitive)
   * @return whether the text contains a match, bool
   */
  public Expr contains(String pattern) {
    return contains(pattern, true);
  }

  /**
   * pandas' {@code .str.contains(pat, regex=...)}: a search anywhere in the text, case-sensitive.
   *
   * @param pattern the regular expression, or the plain text if {@code regex} is false
   * @param regex whether {@code pattern} is a regular expression
   * @return whether the text contains the pattern, bool
   */
  public Expr contains(String pattern, boolean regex) {
    return of(StringOp.CONTAINS, pattern, regex);
  }

  /**
   * pandas' {@code .str.startswith(prefix)}, plain text and case-sensitive.
   *
   * @param prefix the text the value must start with
   * @return whether the value starts with {@code prefix}, bool
   */
  public Expr startswith(String prefix) {
    return of(StringOp.STARTSWITH, prefix);
  }

  /**
   * pandas' {@code .str.endswith(suffix)}, plain text and case-sensitive.
   *
   * @param suffix the text the value must end with
   * @return whether the value ends with {@code suffix}, bool
   */
  public Expr endswith(String suffix) {
    return of(StringOp.ENDSWITH, suffix);
  }

  /**
   * Characters [start, stop) with Python's negative indexes; null means "from the start" or "to the end".
   * Indexes out of range are clamped, as in Python, and an empty range gives empty text. Indexes
   * count Java {@code char}s, which differ from Python's only for characters outside the Basic
   * Multilingual Plane (such as emoji).
   *
   * @param start the first index kept, negative from the end, or null for the start
   * @param stop the index after the last one kept, negative from the end, or null for the end
   * @return the slice, object
   */
  public Expr slice(Long start, Long stop) {
    return of(StringOp.SLICE, start, stop);
  }

  /**
   * Plain-text replacement, as pandas 2's default. Every occurrence is replaced.
   *
   * @param pattern the text to find
   * @param replacement the text to put in its place
   * @return the text with replacements, object
   */
  public Expr replace(String pattern, String replacement) {
    return replace(pattern, replacement, false);
  }

  /**
   * pandas' {@code .str.replace(pat, repl, regex=...)}: every occurrence is replaced. With a regular
   * expression, the replacement follows {@link java.util.regex.Matcher#replaceAll(String)}: groups
   * are {@code $1} (Python writes {@code \1}) and a literal {@code $} or {@code \} needs a
   * backslash before it.
   *
   * @param pattern the regular expression, or the plain text if {@code regex} is false
   * @param replacement the text to put in place of each match
   * @param regex whether {@code pattern} is a regular expression
   * @return the text with replacements, object
   */
  public Expr replace(String pattern, String replacement, boolean regex) {
    return of(StringOp.REPLACE, pattern, replacement, regex);
  }

  private Expr of(StringOp op, Object... args) {
    List<Object> list = Arrays.asList(args);
    return new StringFunction(input, op, list);
  }
}

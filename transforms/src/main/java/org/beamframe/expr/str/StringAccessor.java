package org.beamframe.expr.str;

import java.util.Arrays;
import java.util.List;
import org.beamframe.expr.Expr;

/** pandas' {@code .str}: {@code col("name").str().upper()}. */
public final class StringAccessor {
  private final Expr input;

  public StringAccessor(Expr input) {
    this.input = input;
  }

  public Expr upper() {
    return of(StringOp.UPPER);
  }

  public Expr lower() {
    return of(StringOp.LOWER);
  }

  public Expr strip() {
    return of(StringOp.STRIP);
  }

  public Expr len() {
    return of(StringOp.LEN);
  }

  /** A regular-expression search, as pandas' default. */
  public Expr contains(String pattern) {
    return contains(pattern, true);
  }

  public Expr contains(String pattern, boolean regex) {
    return of(StringOp.CONTAINS, pattern, regex);
  }

  public Expr startswith(String prefix) {
    return of(StringOp.STARTSWITH, prefix);
  }

  public Expr endswith(String suffix) {
    return of(StringOp.ENDSWITH, suffix);
  }

  /** Characters [start, stop) with Python's negative indexes; null means "from the start" or "to the end". */
  public Expr slice(Long start, Long stop) {
    return of(StringOp.SLICE, start, stop);
  }

  /** Plain-text replacement, as pandas 2's default. */
  public Expr replace(String pattern, String replacement) {
    return replace(pattern, replacement, false);
  }

  public Expr replace(String pattern, String replacement, boolean regex) {
    return of(StringOp.REPLACE, pattern, replacement, regex);
  }

  private Expr of(StringOp op, Object... args) {
    List<Object> list = Arrays.asList(args);
    return new StringFunction(input, op, list);
  }
}

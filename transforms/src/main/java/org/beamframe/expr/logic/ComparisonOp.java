package org.beamframe.expr.logic;

/** The comparison operators. */
public enum ComparisonOp {
  EQ("=="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  ComparisonOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether a three-way comparison result satisfies this operator. */
  boolean test(int comparison) {
    return switch (this) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
    };
  }

  /** pandas: a comparison with a missing value is False, except {@code !=}, which is True. */
  boolean resultWithNull() {
    return this == NE;
  }
}

package org.beamframe.expr.logic;

/** The comparison operators. */
public enum ComparisonOp {
  /** {@code ==}: equal. */
  EQ("=="),
  /** {@code !=}: not equal; true when either side is missing. */
  NE("!="),
  /** {@code <}: less than. */
  LT("<"),
  /** {@code <=}: less than or equal. */
  LE("<="),
  /** {@code >}: greater than. */
  GT(">"),
  /** {@code >=}: greater than or equal. */
  GE(">=");

  private final String symbol;

  ComparisonOp(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as pandas writes it, used when an expression prints.
   *
   * @return the symbol, e.g. {@code <=}
   */
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

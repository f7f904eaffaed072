package org.beamframe.expr.logic;

/** The binary boolean operators. */
public enum BooleanOp {
  /** {@code &}: true when both operands are true. */
  AND("&"),
  /** {@code |}: true when either operand is true. */
  OR("|");

  private final String symbol;

  BooleanOp(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as pandas writes it, used when an expression prints.
   *
   * @return {@code &} or {@code |}
   */
  public String symbol() {
    return symbol;
  }
}

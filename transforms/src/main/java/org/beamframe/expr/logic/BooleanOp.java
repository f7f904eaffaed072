package org.beamframe.expr.logic;

/** The binary boolean operators. */
public enum BooleanOp {
  AND("&"),
  OR("|");

  private final String symbol;

  BooleanOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}

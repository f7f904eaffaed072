package org.beamframe.expr.num;

/** The binary arithmetic operators. */
public enum ArithmeticOp {
  ADD("+"),
  SUB("-"),
  MUL("*"),
  DIV("/");

  private final String symbol;

  ArithmeticOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  long apply(long left, long right) {
    return switch (this) {
      case ADD -> left + right;
      case SUB -> left - right;
      case MUL -> left * right;
      case DIV -> throw new IllegalStateException("true division always yields float64");
    };
  }

  double apply(double left, double right) {
    return switch (this) {
      case ADD -> left + right;
      case SUB -> left - right;
      case MUL -> left * right;
      case DIV -> left / right;
    };
  }
}

package org.beamframe.expr.num;

/** The binary arithmetic operators. */
public enum ArithmeticOp {
  /** {@code +}: addition, or concatenation of two texts. */
  ADD("+"),
  /** {@code -}: subtraction. */
  SUB("-"),
  /** {@code *}: multiplication. */
  MUL("*"),
  /** {@code /}: true division, always float64. */
  DIV("/"),
  /** {@code //}: floor division, as Python's. */
  FLOORDIV("//"),
  /** {@code %}: modulo with the divisor's sign, as Python's. */
  MOD("%"),
  /** {@code **}: power. */
  POW("**");

  private final String symbol;

  ArithmeticOp(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as pandas writes it, used when an expression prints.
   *
   * @return the symbol, e.g. {@code +}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The int64 result, or null (missing) for an int64 floor division or modulo by zero: pandas gives NaN
   * for the modulo, and for the floor division plus or minus infinity (NaN for 0 // 0) as float64.
   */
  Long apply(long left, long right) {
    return switch (this) {
      case ADD -> left + right;
      case SUB -> left - right;
      case MUL -> left * right;
      case DIV -> throw new IllegalStateException("true division always yields float64");
      case FLOORDIV -> right == 0 ? null : Math.floorDiv(left, right);
      case MOD -> right == 0 ? null : Math.floorMod(left, right);
      case POW -> power(left, right);
    };
  }

  /** numpy's int64 power: exact, wrapping around on overflow; the exponent is not negative. */
  private static long power(long base, long exponent) {
    long result = 1;
    long factor = base;
    for (long e = exponent; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result *= factor;
      }
      factor *= factor;
    }
    return result;
  }

  double apply(double left, double right) {
    return switch (this) {
      case ADD -> left + right;
      case SUB -> left - right;
      case MUL -> left * right;
      case DIV -> left / right;
      case FLOORDIV -> floorDivide(left, right);
      case MOD -> modulo(left, right);
      case POW -> Math.pow(left, right);
    };
  }

  /** Python's (and numpy's) float floor division, from its divmod: exact where {@code Math.floor(a / b)} rounds. */
  private static double floorDivide(double a, double b) {
    if (b == 0) {
      return a / b;
    }
    double mod = a % b;
    double div = (a - mod) / b;
    if (mod != 0 && (b < 0) != (mod < 0)) {
      div -= 1.0;
    }
    if (div == 0) {
      return Math.copySign(0.0, a / b);
    }
    double floor = Math.floor(div);
    return div - floor > 0.5 ? floor + 1.0 : floor;
  }

  /** Python's float modulo: the sign of the divisor; NaN (missing) for a zero divisor, as numpy. */
  private static double modulo(double a, double b) {
    if (b == 0) {
      return Double.NaN;
    }
    double mod = a % b;
    if (mod != 0 && (b < 0) != (mod < 0)) {
      return mod + b;
    }
    return mod == 0 ? Math.copySign(0.0, b) : mod;
  }
}

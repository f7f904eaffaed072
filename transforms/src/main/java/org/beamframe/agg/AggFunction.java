package org.beamframe.agg;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.beamframe.types.DType;

/** The aggregations a group-by or a whole-column reduction can compute, with pandas' null rules. */
public enum AggFunction {
  /** Sum of non-null values; 0 for no values. int64 stays int64, float64 uses compensated summation. */
  SUM,
  /** Number of non-null values. */
  COUNT,
  /** Mean of non-null values; null for no values. */
  MEAN,
  /** Smallest non-null value; null for no values. */
  MIN,
  /** Largest non-null value; null for no values. */
  MAX,
  /** Number of rows, nulls included. */
  SIZE,
  /** Sample variance (ddof=1) of non-null values; null for fewer than two. */
  VAR,
  /** Sample standard deviation (ddof=1) of non-null values; null for fewer than two. */
  STD,
  /** Number of distinct non-null values. */
  NUNIQUE,
  /** The first non-null value in file order (files in listing order, then byte offset); null for none. */
  FIRST,
  /** The last non-null value in file order; null for none. */
  LAST,
  /**
   * The value of the group's first row in file order, missing or not: pandas' {@code groupby().nth(0)}.
   * All of a group's first_row columns come from one row, as {@code drop_duplicates(keep="first")} keeps.
   */
  FIRST_ROW,
  /** The value of the group's last row in file order, missing or not: pandas' {@code groupby().nth(-1)}. */
  LAST_ROW;

  /**
   * The result dtype for an input column of {@code input}, or an error naming what would be valid.
   * count, size and nunique give int64; sum keeps int64 (bool sums to int64) and float64; mean, var
   * and std give float64; min, max, first and last keep the input's dtype.
   *
   * @param column the input column's name, for the error message
   * @param input the input column's dtype
   * @return the dtype of the aggregation's output column
   * @throws IllegalArgumentException if the function cannot take a column of that dtype (e.g. the sum
   *     of an object column)
   */
  public DType resultType(String column, DType input) {
    return switch (this) {
      case COUNT, SIZE, NUNIQUE -> DType.INT64;
      case SUM -> switch (input) {
        case INT64, BOOL -> DType.INT64;
        case FLOAT64 -> DType.FLOAT64;
        default -> throw invalid(column, input, "int64, float64 or bool");
      };
      case MEAN, VAR, STD -> switch (input) {
        case INT64, FLOAT64, BOOL -> DType.FLOAT64;
        default -> throw invalid(column, input, "int64, float64 or bool");
      };
      case MIN, MAX, FIRST, LAST, FIRST_ROW, LAST_ROW -> input;
    };
  }

  private IllegalArgumentException invalid(String column, DType input, String valid) {
    return new IllegalArgumentException(
        "cannot take " + this + " of column " + column + " (" + input + "); " + this
            + " needs " + valid + "; convert it first (e.g. toNumeric)");
  }

  /**
   * The function pandas calls {@code name} ("sum", "nunique", ...), or an error listing them.
   *
   * @param name pandas' name of the function, in lower case
   * @return the function of that name
   * @throws IllegalArgumentException if no function has that name
   */
  public static AggFunction named(String name) {
    for (AggFunction function : values()) {
      if (function.toString().equals(name)) {
        return function;
      }
    }
    throw new IllegalArgumentException("no aggregation \"" + name + "\"; BeamFrame has "
        + Arrays.stream(values()).map(AggFunction::toString).collect(Collectors.joining(", ")));
  }

  /**
   * Whether the result depends on the rows' file order, which only an aggregation fused into its read knows.
   *
   * @return true for first, last, first_row and last_row
   */
  public boolean needsFileOrder() {
    return this == FIRST || this == LAST || this == FIRST_ROW || this == LAST_ROW;
  }

  /** pandas' name of the function. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

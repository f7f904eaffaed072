package org.beamframe.expr;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import org.beamframe.expr.datetime.DatetimeAccessor;
import org.beamframe.expr.logic.BooleanLogic;
import org.beamframe.expr.logic.BooleanOp;
import org.beamframe.expr.logic.Comparison;
import org.beamframe.expr.logic.ComparisonOp;
import org.beamframe.expr.logic.IsIn;
import org.beamframe.expr.logic.Not;
import org.beamframe.expr.logic.NullCheck;
import org.beamframe.expr.num.Arithmetic;
import org.beamframe.expr.num.ArithmeticOp;
import org.beamframe.expr.num.NumericFunction;
import org.beamframe.expr.str.StringAccessor;
import org.beamframe.expr.udf.MapValues;
import org.beamframe.expr.udf.ValueFunction;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * A column expression: an immutable tree that prints itself, compares structurally, type-checks
 * against a schema and compiles to an {@link Evaluator}. Build one with {@link Expressions}.
 *
 * <p>Building an expression computes nothing and checks no column: the methods below only make a
 * bigger tree, as a pandas expression would be written ({@code col("a").mul(col("b")).gt(100)}).
 * Names and dtypes are checked by {@link #type(FrameSchema)} when the expression is given to a frame
 * or a step, so an unknown column or a type error fails at the line that uses it; values are
 * computed only when the pipeline runs. A missing value is {@code null} in every dtype (pandas'
 * NaN, NaT and None); each method says how it treats one.
 */
public interface Expr extends Serializable {

  /**
   * The result dtype over {@code input}; throws if a column is missing or the types do not fit.
   *
   * @param input the schema of the rows this expression reads
   * @return the dtype of the values this expression yields
   * @throws org.beamframe.types.ColumnNotFoundException if a column it reads is not in {@code input}
   * @throws ExprTypeException if an operand's dtype does not fit its operation
   */
  DType type(FrameSchema input);

  /**
   * Compiles this expression for rows of {@code input}; type-checks first. Column names become
   * positions here, so the evaluator does no look-up per row; it is serializable, so a step can
   * compile once and ship the result to its workers.
   *
   * @param input the schema of the rows the evaluator will read, in their column order
   * @return an evaluator of this expression for rows laid out as {@code input}
   * @throws org.beamframe.types.ColumnNotFoundException if a column it reads is not in {@code input}
   * @throws ExprTypeException if an operand's dtype does not fit its operation
   * @throws IllegalArgumentException if a {@code .str} method's regular expression does not compile
   */
  Evaluator compile(FrameSchema input);

  /**
   * Every column this expression reads; the optimizer uses it to read only the columns a plan needs.
   *
   * @return the names of the columns read, empty for an expression of literals only
   */
  Set<String> columns();

  /**
   * {@code this + other}: int64 with int64 stays int64 (overflow wraps around, as numpy's int64),
   * float64 on either side gives float64, and two object (text) operands concatenate. A missing
   * operand gives a missing result; other dtypes fail at type-check.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the sum expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr add(Object other) {
    return new Arithmetic(ArithmeticOp.ADD, this, Expressions.asExpr(other));
  }

  /**
   * {@code this - other} on int64 or float64: int64 with int64 stays int64 (overflow wraps around),
   * float64 on either side gives float64; a missing operand gives a missing result.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the difference expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr sub(Object other) {
    return new Arithmetic(ArithmeticOp.SUB, this, Expressions.asExpr(other));
  }

  /**
   * {@code this * other} on int64 or float64: int64 with int64 stays int64 (overflow wraps around),
   * float64 on either side gives float64; a missing operand gives a missing result.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the product expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr mul(Object other) {
    return new Arithmetic(ArithmeticOp.MUL, this, Expressions.asExpr(other));
  }

  /**
   * {@code this / other}, true division on int64 or float64: always float64, as in pandas. Dividing
   * a non-zero number by zero gives an infinity; {@code 0 / 0} (NaN) is missing, as are results of
   * a missing operand.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the quotient expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr div(Object other) {
    return new Arithmetic(ArithmeticOp.DIV, this, Expressions.asExpr(other));
  }

  /**
   * {@code this // other}, Python's floor division on int64 or float64: the quotient rounded down
   * ({@code -7 // 2} is -4). int64 with int64 stays int64; an int64 division by zero is missing
   * (pandas gives an infinity and makes the column float64); float64 follows Python
   * ({@code x // 0.0} is an infinity, NaN is missing). A missing operand gives a missing result.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts
   * @return the floor-quotient expression
   * @throws IllegalArgumentException if {@code other} is null or a constant of another class
   */
  default Expr floordiv(Object other) {
    return new Arithmetic(ArithmeticOp.FLOORDIV, this, Expressions.asExpr(other));
  }

  /**
   * {@code this % other}, Python's modulo on int64 or float64: the result has the sign of
   * {@code other} ({@code -7 % 3} is 2, {@code 7 % -3} is -2), so {@code (a // b) * b + a % b == a}.
   * int64 with int64 stays int64; a modulo by zero is missing, as in pandas. A missing operand
   * gives a missing result.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts
   * @return the modulo expression
   * @throws IllegalArgumentException if {@code other} is null or a constant of another class
   */
  default Expr mod(Object other) {
    return new Arithmetic(ArithmeticOp.MOD, this, Expressions.asExpr(other));
  }

  /**
   * {@code this ** other}, a power on int64 or float64: int64 to an int64 power stays int64 (overflow
   * wraps around, as numpy's), and a negative int64 exponent fails the run as in pandas ("Integers
   * to negative integer powers are not allowed"); float64 on either side gives float64, a NaN result
   * ({@code (-8.0) ** (1/3)}) is missing. A missing operand gives a missing result.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts
   * @return the power expression
   * @throws IllegalArgumentException if {@code other} is null or a constant of another class
   */
  default Expr pow(Object other) {
    return new Arithmetic(ArithmeticOp.POW, this, Expressions.asExpr(other));
  }

  /**
   * {@code this == other}, bool. Numbers compare by value across int64 and float64; other dtypes
   * compare only with their own (text by {@link String#compareTo}, datetimes in time order, bool with
   * {@code False < True}); a mismatch fails at type-check. As in pandas, a comparison with a missing
   * value on either side is False.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the comparison expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr eq(Object other) {
    return new Comparison(ComparisonOp.EQ, this, Expressions.asExpr(other));
  }

  /**
   * {@code this != other}, bool. Numbers compare by value across int64 and float64; other dtypes
   * compare only with their own (text by {@link String#compareTo}, datetimes in time order, bool with
   * {@code False < True}); a mismatch fails at type-check. As in pandas, a comparison with a missing
   * value on either side is True.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the comparison expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr ne(Object other) {
    return new Comparison(ComparisonOp.NE, this, Expressions.asExpr(other));
  }

  /**
   * {@code this < other}, bool. Numbers compare by value across int64 and float64; other dtypes
   * compare only with their own (text by {@link String#compareTo}, datetimes in time order, bool with
   * {@code False < True}); a mismatch fails at type-check. As in pandas, a comparison with a missing
   * value on either side is False.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the comparison expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr lt(Object other) {
    return new Comparison(ComparisonOp.LT, this, Expressions.asExpr(other));
  }

  /**
   * {@code this <= other}, bool. Numbers compare by value across int64 and float64; other dtypes
   * compare only with their own (text by {@link String#compareTo}, datetimes in time order, bool with
   * {@code False < True}); a mismatch fails at type-check. As in pandas, a comparison with a missing
   * value on either side is False.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the comparison expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr le(Object other) {
    return new Comparison(ComparisonOp.LE, this, Expressions.asExpr(other));
  }

  /**
   * {@code this > other}, bool. Numbers compare by value across int64 and float64; other dtypes
   * compare only with their own (text by {@link String#compareTo}, datetimes in time order, bool with
   * {@code False < True}); a mismatch fails at type-check. As in pandas, a comparison with a missing
   * value on either side is False.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the comparison expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr gt(Object other) {
    return new Comparison(ComparisonOp.GT, this, Expressions.asExpr(other));
  }

  /**
   * {@code this >= other}, bool. Numbers compare by value across int64 and float64; other dtypes
   * compare only with their own (text by {@link String#compareTo}, datetimes in time order, bool with
   * {@code False < True}); a mismatch fails at type-check. As in pandas, a comparison with a missing
   * value on either side is False.
   *
   * @param other another expression, or a constant that {@link Literal#of} accepts (String, Java
   *     integer or floating-point number, Boolean, LocalDateTime)
   * @return the comparison expression
   * @throws IllegalArgumentException if {@code other} is null (test for missing values with
   *     {@link #isnull()}) or a constant of another class
   */
  default Expr ge(Object other) {
    return new Comparison(ComparisonOp.GE, this, Expressions.asExpr(other));
  }

  /**
   * {@code this & other} over bool (pandas' {@code &}, query's {@code and}). A missing operand counts
   * as False, as a filter treats it, so the result is never missing.
   *
   * @param other a bool expression
   * @return the conjunction
   */
  default Expr and(Expr other) {
    return new BooleanLogic(BooleanOp.AND, this, other);
  }

  /**
   * {@code this | other} over bool (pandas' {@code |}, query's {@code or}). A missing operand counts
   * as False, so the result is never missing.
   *
   * @param other a bool expression
   * @return the disjunction
   */
  default Expr or(Expr other) {
    return new BooleanLogic(BooleanOp.OR, this, other);
  }

  /**
   * {@code ~this} over bool (query's {@code not}). A missing value stays missing, so a filter on
   * {@code x.not()} drops the rows where {@code x} is missing, as it does for {@code x}.
   *
   * @return the negation
   */
  default Expr not() {
    return new Not(this);
  }

  /**
   * pandas' {@code isnull()} (also {@code isna()}): True where the value is missing, for any dtype;
   * never missing itself.
   *
   * @return the bool test
   */
  default Expr isnull() {
    return new NullCheck(this, true);
  }

  /**
   * pandas' {@code notnull()} (also {@code notna()}): True where the value is present, for any
   * dtype; never missing itself.
   *
   * @return the bool test
   */
  default Expr notnull() {
    return new NullCheck(this, false);
  }

  /**
   * pandas' {@code isin}: true where the value is one of {@code values}; a null is in no list.
   * Numbers match by value across int64 and float64 ({@code 3} is in {@code [3.0]}); other values
   * must have this expression's dtype, or type-checking fails.
   *
   * @param values the constants to look for, at least one, none null (classes as {@link Literal#of})
   * @return the bool membership test
   * @throws IllegalArgumentException if {@code values} is empty or holds null or a value of another class
   */
  default Expr isin(Object... values) {
    return new IsIn(this, Arrays.stream(values).map(Literal::of).toList());
  }

  /**
   * pandas' {@code abs()} on int64 or float64; the dtype is kept and a missing value stays missing.
   *
   * @return the absolute-value expression
   */
  default Expr abs() {
    return NumericFunction.abs(this);
  }

  /**
   * pandas' {@code round(decimals)}: half to even, as numpy. On float64 the value times
   * 10<sup>decimals</sup> is rounded and divided back ({@code 2.5} rounds to {@code 2.0}); int64
   * stays int64, unchanged unless {@code decimals} is negative ({@code round(-1)} rounds to tens).
   * A missing value stays missing.
   *
   * @param decimals the digits to keep after the decimal point; negative rounds left of it
   * @return the rounding expression
   */
  default Expr round(int decimals) {
    return NumericFunction.round(this, decimals);
  }

  /**
   * pandas' {@code clip(lower, upper)}; a null bound is no bound. int64 stays int64 unless a bound
   * has a fraction, which gives float64 as in pandas; a missing value stays missing.
   *
   * @param lower the smallest value kept, or null for none
   * @param upper the largest value kept, or null for none
   * @return the clipping expression
   * @throws IllegalArgumentException if both bounds are given and {@code lower > upper}
   */
  default Expr clip(Double lower, Double upper) {
    return NumericFunction.clip(this, lower, upper);
  }

  /**
   * pandas' {@code fillna(value)}: {@code value} where this is missing, this elsewhere. The value
   * must have this expression's dtype, except that numbers mix: int64 filled with a float (or
   * float64 with an integer) gives float64. Another mismatch fails at type-check.
   *
   * @param value the constant to put in place of missing values, not null (classes as
   *     {@link Literal#of})
   * @return the filled expression
   * @throws IllegalArgumentException if {@code value} is null or of another class
   */
  default Expr fillna(Object value) {
    return new FillNull(this, Literal.of(value));
  }

  /**
   * pandas' {@code where(condition, other)}: this where the condition holds, else other. A missing
   * condition counts as not holding. Both branches must have one dtype, except that int64 and
   * float64 mix to float64; the condition must be bool.
   *
   * @param condition a bool expression choosing, per row, this (True) or {@code other}
   * @param other an expression or constant (as {@link Literal#of}) for the other rows
   * @return the conditional expression
   * @throws IllegalArgumentException if {@code other} is null or a constant of another class
   */
  default Expr where(Expr condition, Object other) {
    return new Where(this, condition, Expressions.asExpr(other));
  }

  /**
   * pandas' {@code where(condition)} without other: this where the condition holds, missing elsewhere
   * (a missing condition counts as not holding). The dtype is this expression's (an int64 stays int64,
   * where pandas turns it into float64 to hold NaN); the condition must be bool.
   *
   * @param condition a bool expression choosing, per row, this (True) or a missing value
   * @return the conditional expression
   */
  default Expr where(Expr condition) {
    return new Where(this, condition, null);
  }

  /**
   * pandas' {@code astype(dtype)} with pandas' dtype names ("float64", "int64", "object", "bool").
   * {@link Cast} lists the conversions and how missing and bad values behave.
   *
   * @param dtype a dtype name that {@link DType#parse} accepts
   * @return the conversion expression
   * @throws IllegalArgumentException if {@code dtype} names no supported dtype
   */
  default Expr astype(String dtype) {
    return new Cast(this, DType.parse(dtype));
  }

  /**
   * pandas' {@code map(func)} with a Java function: {@code col("qty").map((Long q) -> q * 2 + 1, DType.INT64)}.
   * The function is a serializable lambda, shipped to the workers and called once per non-missing
   * value (a missing value stays missing, as pandas' {@code na_action='ignore'}); it must be pure.
   * Its results are converted to {@code dtype} (Java integers to int64, numbers to float64, NaN to
   * missing); a result of another type, or an exception it throws, fails the run naming the value.
   * Opaque to the optimizer, which only knows it reads this expression's columns.
   *
   * @param function the function of one value; its parameter is the column's Java type (Long,
   *     Double, String, Boolean, LocalDateTime)
   * @param dtype the dtype of its results
   * @param <T> the input's Java type
   * @param <R> the result's Java type
   * @return the mapped expression
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the function cannot be serialized: it captures something
   *     that is not Serializable (the message names it)
   */
  default <T, R> Expr map(ValueFunction<T, R> function, DType dtype) {
    return new MapValues(this, function, dtype);
  }

  /**
   * The {@code .str} accessor: methods of text values. This expression must be object (text); that
   * is checked when the resulting expression is type-checked.
   *
   * @return the accessor whose methods build string expressions over this one
   */
  default StringAccessor str() {
    return new StringAccessor(this);
  }

  /**
   * The {@code .dt} accessor: parts of a datetime64 value. This expression must be datetime64 (made
   * with {@link Expressions#toDatetime}); that is checked when the result is type-checked.
   *
   * @return the accessor whose methods build date-time expressions over this one
   */
  default DatetimeAccessor dt() {
    return new DatetimeAccessor(this);
  }
}

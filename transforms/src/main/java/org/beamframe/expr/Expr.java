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
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * A column expression: an immutable tree that prints itself, compares structurally, type-checks
 * against a schema and compiles to an {@link Evaluator}. Build one with {@link Expressions}.
 */
public interface Expr extends Serializable {

  /** The result dtype over {@code input}; throws if a column is missing or the types do not fit. */
  DType type(FrameSchema input);

  /** Compiles this expression for rows of {@code input}; type-checks first. */
  Evaluator compile(FrameSchema input);

  /** Every column this expression reads. */
  Set<String> columns();

  default Expr add(Object other) {
    return new Arithmetic(ArithmeticOp.ADD, this, Expressions.asExpr(other));
  }

  default Expr sub(Object other) {
    return new Arithmetic(ArithmeticOp.SUB, this, Expressions.asExpr(other));
  }

  default Expr mul(Object other) {
    return new Arithmetic(ArithmeticOp.MUL, this, Expressions.asExpr(other));
  }

  default Expr div(Object other) {
    return new Arithmetic(ArithmeticOp.DIV, this, Expressions.asExpr(other));
  }

  default Expr eq(Object other) {
    return new Comparison(ComparisonOp.EQ, this, Expressions.asExpr(other));
  }

  default Expr ne(Object other) {
    return new Comparison(ComparisonOp.NE, this, Expressions.asExpr(other));
  }

  default Expr lt(Object other) {
    return new Comparison(ComparisonOp.LT, this, Expressions.asExpr(other));
  }

  default Expr le(Object other) {
    return new Comparison(ComparisonOp.LE, this, Expressions.asExpr(other));
  }

  default Expr gt(Object other) {
    return new Comparison(ComparisonOp.GT, this, Expressions.asExpr(other));
  }

  default Expr ge(Object other) {
    return new Comparison(ComparisonOp.GE, this, Expressions.asExpr(other));
  }

  default Expr and(Expr other) {
    return new BooleanLogic(BooleanOp.AND, this, other);
  }

  default Expr or(Expr other) {
    return new BooleanLogic(BooleanOp.OR, this, other);
  }

  default Expr not() {
    return new Not(this);
  }

  default Expr isnull() {
    return new NullCheck(this, true);
  }

  default Expr notnull() {
    return new NullCheck(this, false);
  }

  /** pandas' {@code isin}: true where the value is one of {@code values}; a null is in no list. */
  default Expr isin(Object... values) {
    return new IsIn(this, Arrays.stream(values).map(Literal::of).toList());
  }

  /** pandas' {@code abs()}. */
  default Expr abs() {
    return NumericFunction.abs(this);
  }

  /** pandas' {@code round(decimals)}: half to even, as numpy. */
  default Expr round(int decimals) {
    return NumericFunction.round(this, decimals);
  }

  /** pandas' {@code clip(lower, upper)}; a null bound is no bound. */
  default Expr clip(Double lower, Double upper) {
    return NumericFunction.clip(this, lower, upper);
  }

  /** pandas' {@code fillna(value)}. */
  default Expr fillna(Object value) {
    return new FillNull(this, Literal.of(value));
  }

  /** pandas' {@code where(condition, other)}: this where the condition holds, else other. */
  default Expr where(Expr condition, Object other) {
    return new Where(this, condition, Expressions.asExpr(other));
  }

  /** pandas' {@code astype(dtype)} with pandas' dtype names ("float64", "int64", "object", "bool"). */
  default Expr astype(String dtype) {
    return new Cast(this, DType.parse(dtype));
  }

  /** The {@code .str} accessor: methods of text values. */
  default StringAccessor str() {
    return new StringAccessor(this);
  }

  /** The {@code .dt} accessor: parts of a datetime64 value. */
  default DatetimeAccessor dt() {
    return new DatetimeAccessor(this);
  }
}

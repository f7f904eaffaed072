/**
 * BeamFrame's expression language: computed columns and filter conditions as small immutable trees,
 * as pandas users write them ({@code col("a").mul(col("b")).gt(100)}). Start with the static
 * factories of {@link org.beamframe.expr.Expressions} ({@code col}, {@code lit}, {@code toDatetime},
 * {@code toNumeric}) and the methods of {@link org.beamframe.expr.Expr}. An expression is only a
 * description: it is type-checked against a schema when a frame or step uses it and compiled to an
 * {@link org.beamframe.expr.Evaluator} that runs on the workers. A missing value is {@code null} in
 * every dtype, and each operation documents how it treats one and what a bad value does.
 */
package org.beamframe.expr;

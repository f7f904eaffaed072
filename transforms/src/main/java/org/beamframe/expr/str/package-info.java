/**
 * Text expressions: pandas' {@code .str} methods ({@code upper}, {@code contains}, {@code slice},
 * {@code replace}, ...) through {@link org.beamframe.expr.str.StringAccessor}, which
 * {@code Expr.str()} returns. A missing value gives a missing result for every method.
 * {@link org.beamframe.expr.str.StringFunction} and {@link org.beamframe.expr.str.StringOp} are the
 * node and its operators, internal to BeamFrame and not a stable API.
 */
package org.beamframe.expr.str;

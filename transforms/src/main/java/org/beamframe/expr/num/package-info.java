/**
 * Numeric expressions: arithmetic with pandas' dtype rules, {@code abs}, {@code round} and
 * {@code clip}, and {@link org.beamframe.expr.num.ToNumeric} (pandas' {@code to_numeric}), with the
 * strict number parser {@link org.beamframe.expr.num.NumericText} that CSV reading also uses. Users
 * build them with the methods of {@link org.beamframe.expr.Expr} and {@code Expressions.toNumeric};
 * the node records are public so plans can be inspected and printed, but constructing them directly
 * is internal to BeamFrame and not a stable API.
 */
package org.beamframe.expr.num;

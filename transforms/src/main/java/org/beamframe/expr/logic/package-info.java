/**
 * Bool expressions: comparisons, {@code &}, {@code |}, {@code ~}, {@code isin} and null tests, with
 * pandas' treatment of missing values (a comparison with a missing value is False, except
 * {@code !=}). Users build them with the methods of {@link org.beamframe.expr.Expr} ({@code eq},
 * {@code and}, {@code isin}, {@code isnull}, ...); the node records here are public so plans can be
 * inspected and printed, but constructing them directly is internal to BeamFrame and not a stable API.
 */
package org.beamframe.expr.logic;

/**
 * The parser of pandas' query and eval syntax ({@code "Measure == 'TAB' and DOSAGE_UNIT > 1000"},
 * {@code "g = a * b"}) into the expression trees the Java API builds; it backs a frame's
 * {@code query} and {@code eval} and the command line's {@code --filter} and {@code --assign}. The
 * entry points are {@link org.beamframe.expr.text.ExprParser#parse} and
 * {@link org.beamframe.expr.text.ExprParser#parseAssignments}; errors are
 * {@link org.beamframe.expr.text.ExprSyntaxException}s with a caret under the column. This package
 * is internal to BeamFrame and not a stable API.
 */
package org.beamframe.expr.text;

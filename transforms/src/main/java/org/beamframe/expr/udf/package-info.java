/**
 * User functions in expressions: pandas' {@code Series.map(func)} ({@link org.beamframe.expr.udf.MapValues},
 * made by {@code Expr.map}) and {@code df.apply(func, axis=1)} ({@link org.beamframe.expr.udf.ApplyRows},
 * made by {@code DataFrame.apply}), each a serializable Java lambda with the dtype it returns. The
 * optimizer cannot look inside them: it keeps the columns they are given and never moves a filter
 * across a column they compute. Building the node records directly is internal, not a stable API.
 */
package org.beamframe.expr.udf;

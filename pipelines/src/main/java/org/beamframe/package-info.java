/**
 * The BeamFrame facade: a lazy, pandas-like DataFrame whose every operation only records a plan,
 * run as an Apache Beam pipeline when a result is asked for.
 *
 * <p>Start at {@link org.beamframe.BeamFrame} ({@code readCsv}, {@code fromRows},
 * {@code from(PCollection)}), transform with {@link org.beamframe.DataFrame} ({@code assign},
 * {@code filter}, {@code select}, {@code groupby}, {@code merge}, ...), reduce with
 * {@link org.beamframe.Column} and {@link org.beamframe.GroupBy}, and get results with
 * {@code compute()}, which returns a small {@link org.beamframe.LocalTable} or a value of a
 * {@link org.beamframe.LazyScalar}, or with {@code toCsv}, which has the workers write results of
 * any size. {@code explain()} and {@code toString()} show the plan without running anything.
 * Expressions for computed columns and predicates come from {@code org.beamframe.expr.Expressions}.
 */
package org.beamframe;

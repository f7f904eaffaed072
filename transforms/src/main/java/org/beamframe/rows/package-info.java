/**
 * Row programs: the assignments, filters and selections that run one after another on each row in
 * a single pass, as a run of pandas statements ({@code df.assign}, {@code df[mask]},
 * {@code df[[...]]}) does. A {@link org.beamframe.rows.RowProgram} is an immutable list of
 * {@link org.beamframe.rows.RowStep}s ({@link org.beamframe.rows.AssignStep},
 * {@link org.beamframe.rows.FilterStep}, {@link org.beamframe.rows.SelectStep}) that is checked
 * against a {@link org.beamframe.types.FrameSchema} and compiled once into a
 * {@link org.beamframe.rows.RowFunction} over plain value arrays. Programs are run by
 * {@link org.beamframe.transforms.TransformRows} and inside a CSV read by
 * {@link org.beamframe.transforms.ReadCsv#withProgram}; the planner builds them when it fuses row
 * steps. The package imports no Beam classes.
 */
package org.beamframe.rows;

/**
 * Column types and schemas shared by every BeamFrame layer: the pandas-like
 * {@link org.beamframe.types.DType}s (all nullable), a frame's
 * {@link org.beamframe.types.FrameSchema} of named {@link org.beamframe.types.FrameField}s, result
 * order ({@link org.beamframe.types.SortKey}, missing values last) and the CSV text of values
 * ({@link org.beamframe.types.ValueText}). An unknown column name fails with a
 * {@link org.beamframe.types.ColumnNotFoundException} that suggests the closest name.
 */
package org.beamframe.types;

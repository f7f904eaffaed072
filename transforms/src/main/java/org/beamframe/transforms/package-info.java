/**
 * The composite Beam {@code PTransform}s BeamFrame lowers its plans to, usable in any Beam pipeline
 * without the DataFrame facade. They read and produce {@code PCollection<Row>} whose fields have
 * BeamFrame's dtypes ({@link org.beamframe.transforms.BeamSchemas}): {@link org.beamframe.transforms.ReadCsv}
 * reads CSV files; {@link org.beamframe.transforms.TransformRows}, {@link org.beamframe.transforms.AssignColumns},
 * {@link org.beamframe.transforms.FilterRows} and {@link org.beamframe.transforms.SelectColumns} run row
 * steps; {@link org.beamframe.transforms.AggregateBy}, {@link org.beamframe.transforms.Reduce},
 * {@link org.beamframe.transforms.TopRows} and {@link org.beamframe.transforms.MergeRows} group, reduce,
 * rank and join; {@link org.beamframe.transforms.WriteCsv} and {@link org.beamframe.transforms.WriteSortedCsv}
 * write. {@link org.beamframe.transforms.AggregateCsv} and
 * {@link org.beamframe.transforms.AggregateCsvToSortedFile} fuse a group-by into its CSV read, so only
 * partial groups cross the shuffle and memory stays bounded for any number of groups. Each transform
 * is immutable configuration that checks column names and dtypes against its input when it is
 * applied; nothing is read until the pipeline runs. Run options are in
 * {@link org.beamframe.transforms.BeamFrameOptions}, counter names in
 * {@link org.beamframe.transforms.BeamFrameMetrics}.
 */
package org.beamframe.transforms;

/**
 * Group-by and whole-column aggregations with pandas' rules, in plain Java: Beam's transforms
 * ({@link org.beamframe.transforms.AggregateBy}, {@link org.beamframe.transforms.Reduce}, the partial
 * aggregation fused into a CSV read) delegate here. Users name aggregations with
 * {@link org.beamframe.agg.AggSpec} and {@link org.beamframe.agg.AggFunction}, as pandas'
 * {@code df.groupby(keys).agg(out=(column, "sum"))}; {@link org.beamframe.agg.AggregationSchema}
 * checks them against a schema when the plan is built. The rest ({@link org.beamframe.agg.Aggregator},
 * its mergeable {@link org.beamframe.agg.AggAccumulator}, and a worker's bounded table of partial
 * groups, {@link org.beamframe.agg.WorkerTable}) is internal to BeamFrame and not a stable API.
 */
package org.beamframe.agg;

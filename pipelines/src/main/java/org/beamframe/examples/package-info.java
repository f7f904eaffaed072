/**
 * The dask course's ARCOS pipelines written with the BeamFrame facade, as worked examples and as
 * the jobs behind the command line's {@code arcos} and {@code max-pills}.
 *
 * <p>{@link org.beamframe.examples.ArcosData} reads the shipments file with the course's dtypes;
 * {@link org.beamframe.examples.MorphineEquivalents} builds grams of morphine equivalent per year,
 * state and county, and {@link org.beamframe.examples.MaxPills} the largest tablet shipment. Each
 * returns a lazy frame or scalar: nothing runs until it is computed or written.
 */
package org.beamframe.examples;

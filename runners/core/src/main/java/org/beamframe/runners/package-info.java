/**
 * Choosing and configuring the runner BeamFrame computes on. A {@link org.beamframe.runners.Session}
 * (like dask's {@code Client}) pairs a {@link org.beamframe.runners.RunnerProfile} with
 * {@link org.beamframe.runners.SessionSettings}; {@link org.beamframe.runners.Session#start(Session)}
 * makes it the one {@code compute()} uses, and {@link org.beamframe.runners.Session#direct()} is the
 * default, Beam's DirectRunner in this process. Profiles register themselves as services and are
 * found by their command-line name with {@link org.beamframe.runners.Runners#named(String)}, so the
 * same plan runs unchanged on any of them.
 */
package org.beamframe.runners;

/**
 * Apache Flink for BeamFrame: the runner profiles and the tooling for a local Flink 1.19 cluster.
 * {@link org.beamframe.runners.flink.FlinkLocalProfile} ({@code --runner=flink-local}) runs Flink's
 * embedded mini cluster in this process; {@link org.beamframe.runners.flink.FlinkProfile}
 * ({@code --runner=flink --flink-master=HOST:PORT}) submits to a cluster by its REST address,
 * staging the bundled jar. {@link org.beamframe.runners.flink.LocalFlinkCluster} starts and stops a
 * session cluster of separate JVMs on 127.0.0.1 (what {@code bin/beamframe cluster} uses), and
 * {@link org.beamframe.runners.flink.FlinkRest} reads a cluster's REST API.
 */
package org.beamframe.runners.flink;

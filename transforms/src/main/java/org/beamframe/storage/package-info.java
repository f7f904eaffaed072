/**
 * Files and paths through Beam's {@code FileSystems}, so every input and output of BeamFrame works the
 * same on a local disk, {@code file:} URIs, {@code s3://} or any other registered scheme.
 * {@link org.beamframe.storage.InputFiles#resolve} turns a path or glob into the sorted
 * {@link org.beamframe.storage.InputFile}s a CSV read covers, {@link org.beamframe.storage.SeekableFile}
 * reads byte ranges of one file (ranged requests on an object store), and
 * {@link org.beamframe.storage.StoredPaths} resolves, lists, opens and deletes paths, treating a
 * "directory" on an object store as the objects under its prefix.
 * Errors name the path and what the filesystem or its server said.
 */
package org.beamframe.storage;

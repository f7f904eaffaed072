package org.beamframe.storage;

import java.io.Serializable;

/**
 * One file (or object) a read covers, as its filesystem listed it: the path with its scheme, and its size.
 *
 * @param path the file's full path as Beam's FileSystems name it, e.g. {@code /data/a.csv} or
 *     {@code s3://bucket/arcos/part-1.csv.gz}
 * @param bytes the file's size in bytes as stored (compressed size for a {@code .gz} file)
 * @serial exclude
 */
public record InputFile(String path, long bytes) implements Serializable {}

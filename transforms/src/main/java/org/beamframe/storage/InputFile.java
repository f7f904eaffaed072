package org.beamframe.storage;

import java.io.Serializable;

/** One file (or object) a read covers, as its filesystem listed it: the path with its scheme, and its size. */
public record InputFile(String path, long bytes) implements Serializable {}

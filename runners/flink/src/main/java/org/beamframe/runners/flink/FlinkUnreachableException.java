package org.beamframe.runners.flink;

import java.io.IOException;
import java.io.UncheckedIOException;

/** No Flink REST endpoint answered at the address given: names it and says what to do. */
public final class FlinkUnreachableException extends UncheckedIOException {
  public FlinkUnreachableException(String address, IOException cause) {
    super("cannot reach the Flink cluster at " + address + " (" + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); start one with `bin/beamframe cluster "
        + "start`, or pass the REST address of yours as --flink-master=HOST:PORT", cause);
  }
}

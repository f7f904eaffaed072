package org.beamframe.runners.flink;

import java.io.IOException;
import java.io.UncheckedIOException;

/** No Flink REST endpoint answered at the address given: names it and says what to do. */
public final class FlinkUnreachableException extends UncheckedIOException {
  /**
   * An exception whose message names {@code address} and the cause, and says how to start a local
   * cluster or which flag gives another address.
   *
   * @param address the {@code host:port} that did not answer
   * @param cause the I/O error of the attempt
   */
  public FlinkUnreachableException(String address, IOException cause) {
    super("cannot reach the Flink cluster at " + address + " (" + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); start one with `bin/beamframe cluster "
        + "start`, or pass the REST address of yours as --flink-master=HOST:PORT", cause);
  }
}

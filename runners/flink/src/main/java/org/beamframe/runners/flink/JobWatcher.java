package org.beamframe.runners.flink;

import java.io.PrintWriter;
import java.util.Set;

/** Prints, while a submission runs, the id and dashboard link of the job it started on the cluster. */
public final class JobWatcher implements AutoCloseable {
  private final Thread thread;

  private JobWatcher(FlinkRest rest, PrintWriter out) {
    Set<String> before = rest.jobIds();
    out.println("submitting to Flink; dashboard " + rest.dashboard());
    out.flush();
    thread = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          for (String id : rest.jobIds()) {
            if (!before.contains(id)) {
              out.println("job " + id + " is on the cluster: " + rest.dashboard() + "/#/job/running/" + id + "/overview");
              out.flush();
              return;
            }
          }
          Thread.sleep(300);
        } catch (InterruptedException stop) {
          return;
        } catch (RuntimeException unreachable) {
          return; // the submission itself reports an unreachable cluster
        }
      }
    }, "beamframe-job-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Watches the cluster at {@code address} until closed. Notes the jobs the cluster already knows
   * and prints the dashboard link at once; a daemon thread then asks every 300 ms for a new job
   * and prints its id and link once, then ends. Errors while polling end it silently: the
   * submission itself reports an unreachable cluster.
   *
   * @param address the cluster's REST address, {@code host:port}
   * @param out where the lines are printed
   * @return the watcher; close it when the submission has ended
   * @throws FlinkUnreachableException if the cluster does not answer the first request
   */
  public static JobWatcher watch(String address, PrintWriter out) {
    return new JobWatcher(new FlinkRest(address), out);
  }

  /** Stops watching (interrupts the polling thread without waiting for it). */
  @Override
  public void close() {
    thread.interrupt();
  }
}

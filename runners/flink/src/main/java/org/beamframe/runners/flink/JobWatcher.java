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

  /** Watches the cluster at {@code address} until closed. */
  public static JobWatcher watch(String address, PrintWriter out) {
    return new JobWatcher(new FlinkRest(address), out);
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}

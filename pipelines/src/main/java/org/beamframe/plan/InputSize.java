package org.beamframe.plan;

/** How many bytes of input a plan reads: the sizes of its CSV splits. */
public final class InputSize {
  private InputSize() {}

  public static long bytes(PlanNode plan) {
    long bytes = plan instanceof ReadCsvNode read
        ? read.source().splits().stream().mapToLong(split -> split.end() - split.start()).sum()
        : 0;
    for (PlanNode child : plan.children()) {
      bytes += bytes(child);
    }
    return bytes;
  }
}

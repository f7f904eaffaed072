package org.beamframe.plan;

/** How many bytes of input a plan reads: the sizes of its CSV splits. */
public final class InputSize {
  private InputSize() {}

  public static long bytes(PlanTree plan) {
    return plan.sources().stream()
        .flatMap(source -> source.splits().stream())
        .mapToLong(split -> split.end() - split.start())
        .sum();
  }
}

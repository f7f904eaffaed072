package org.beamframe.plan;

/** How many bytes of input a plan reads: the sizes of its CSV splits. */
public final class InputSize {
  private InputSize() {}

  /** Whether the plan's size is known here: not when it reads a Beam PCollection, which may be of any size. */
  public static boolean known(PlanNode plan) {
    return !(plan instanceof BeamInputNode) && plan.children().stream().allMatch(InputSize::known);
  }

  public static long bytes(PlanTree plan) {
    return plan.sources().stream()
        .flatMap(source -> source.splits().stream())
        .mapToLong(split -> split.end() - split.start())
        .sum();
  }
}

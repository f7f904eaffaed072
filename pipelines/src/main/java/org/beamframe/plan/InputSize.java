package org.beamframe.plan;

/** How many bytes of input a plan reads: the sizes of its CSV splits. */
public final class InputSize {
  private InputSize() {}

  /**
   * Whether the plan's size is known here: not when it reads a Beam PCollection, which may be of any size.
   *
   * @param plan a logical plan
   * @return false if any leaf of {@code plan} is a {@link BeamInputNode}, true otherwise
   */
  public static boolean known(PlanNode plan) {
    return !(plan instanceof BeamInputNode) && plan.children().stream().allMatch(InputSize::known);
  }

  /**
   * The bytes of CSV input {@code plan} reads: the sum of its CSV sources' split sizes, i.e. the
   * stored (for {@code .gz}, compressed) size of every file, counted once per read of it. Rows held in
   * memory and PCollections count as 0; see {@link #known}.
   *
   * @param plan a logical or physical plan
   * @return the input size in bytes
   */
  public static long bytes(PlanTree plan) {
    return plan.sources().stream()
        .flatMap(source -> source.splits().stream())
        .mapToLong(split -> split.end() - split.start())
        .sum();
  }
}

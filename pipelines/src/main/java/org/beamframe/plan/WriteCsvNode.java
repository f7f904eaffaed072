package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The sink of {@code toCsv} ({@code shards} false: one file at {@code path}) and
 * {@code toCsvShards} (a directory of files); an existing target is replaced only with {@code overwrite}.
 *
 * @param child the rows to write
 * @param path the target file, or directory for shards; any Beam FileSystems path
 * @param overwrite whether an existing target may be replaced
 * @param shards true for a directory of shard files written in parallel, false for one file
 */
public record WriteCsvNode(PlanNode child, String path, boolean overwrite, boolean shards) implements PlanNode {
  /**
   * Checks that the child and path are given; the target itself is checked when the plan runs.
   *
   * @param child the rows to write
   * @param path the target
   * @param overwrite whether an existing target may be replaced
   * @param shards whether to write a directory of shards
   * @throws NullPointerException if {@code child} or {@code path} is null
   */
  public WriteCsvNode {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(path, "path");
  }

  @Override
  public FrameSchema schema() {
    return child.schema();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new WriteCsvNode(children.get(0), path, overwrite, shards);
  }

  @Override
  public String describe() {
    return (shards ? "WriteCsvShards " : "WriteCsv ") + path + (overwrite ? " (overwrite)" : "");
  }
}

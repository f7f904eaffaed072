package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The sink of {@code toCsv} ({@code shards} false: one file at {@code path}) and
 * {@code toCsvShards} (a directory of files); an existing target is replaced only with {@code overwrite}.
 */
public record WriteCsvNode(PlanNode child, String path, boolean overwrite, boolean shards) implements PlanNode {
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

package org.beamframe.expr;

import java.util.Objects;
import java.util.Set;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/** A reference to a column by name. */
public record ColumnRef(String name) implements Expr {
  public ColumnRef {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public DType type(FrameSchema input) {
    return input.typeOf(name);
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    int index = input.indexOf(name);
    return row -> row.get(index);
  }

  @Override
  public Set<String> columns() {
    return Set.of(name);
  }

  @Override
  public String toString() {
    return name;
  }
}

package org.beamframe.expr;

import java.util.Objects;
import java.util.Set;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * A reference to a column by name, as {@link Expressions#col} makes it. It yields the column's
 * values as they are, missing ones included; an unknown name fails at type-check with a
 * {@link org.beamframe.types.ColumnNotFoundException}.
 *
 * @param name the column's exact (case-sensitive) name
 * @serial exclude
 */
public record ColumnRef(String name) implements Expr {
  /**
   * Checks that the name is given; whether the column exists is checked at type-check.
   *
   * @param name the column's exact (case-sensitive) name
   * @throws NullPointerException if {@code name} is null
   */
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

package org.beamframe.types;

import java.io.Serializable;
import java.util.Objects;

/**
 * One named, typed column of a {@link FrameSchema}. It prints as {@code name: dtype}.
 *
 * @param name the column's name
 * @param type the column's dtype
 * @serial exclude
 */
public record FrameField(String name, DType type) implements Serializable {
  /**
   * Checks that both components are given.
   *
   * @param name the column's name
   * @param type the column's dtype
   * @throws NullPointerException if either is null
   */
  public FrameField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}

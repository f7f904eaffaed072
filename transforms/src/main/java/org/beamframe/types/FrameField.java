package org.beamframe.types;

import java.io.Serializable;
import java.util.Objects;

/** One named, typed column of a {@link FrameSchema}. */
public record FrameField(String name, DType type) implements Serializable {
  public FrameField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}

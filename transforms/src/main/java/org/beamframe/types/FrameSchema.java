package org.beamframe.types;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An ordered list of uniquely named, typed columns: what every plan node and row collection carries. */
public final class FrameSchema implements Serializable {
  private final List<FrameField> fields;
  private final Map<String, Integer> positions;

  private FrameSchema(List<FrameField> fields) {
    this.fields = List.copyOf(fields);
    this.positions = new HashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      if (positions.put(this.fields.get(i).name(), i) != null) {
        throw new IllegalArgumentException("duplicate column name \"" + this.fields.get(i).name() + "\"");
      }
    }
  }

  public static FrameSchema of(List<FrameField> fields) {
    return new FrameSchema(fields);
  }

  public static FrameSchema of(FrameField... fields) {
    return new FrameSchema(List.of(fields));
  }

  public List<FrameField> fields() {
    return fields;
  }

  public int size() {
    return fields.size();
  }

  public FrameField field(int index) {
    return fields.get(index);
  }

  public List<String> names() {
    return fields.stream().map(FrameField::name).toList();
  }

  public boolean contains(String name) {
    return positions.containsKey(name);
  }

  /** The position of a column, or a {@link ColumnNotFoundException} that lists what exists. */
  public int indexOf(String name) {
    Integer index = positions.get(name);
    if (index == null) {
      throw new ColumnNotFoundException(name, names());
    }
    return index;
  }

  public DType typeOf(String name) {
    return fields.get(indexOf(name)).type();
  }

  /** This schema with {@code name} replaced in place if present, otherwise appended (pandas' assign). */
  public FrameSchema with(String name, DType type) {
    List<FrameField> result = new ArrayList<>(fields);
    FrameField field = new FrameField(name, type);
    Integer index = positions.get(name);
    if (index == null) {
      result.add(field);
    } else {
      result.set(index, field);
    }
    return new FrameSchema(result);
  }

  /** The named columns, in the order given. */
  public FrameSchema select(Collection<String> names) {
    List<FrameField> result = new ArrayList<>(names.size());
    for (String name : names) {
      result.add(fields.get(indexOf(name)));
    }
    return new FrameSchema(result);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FrameSchema that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}

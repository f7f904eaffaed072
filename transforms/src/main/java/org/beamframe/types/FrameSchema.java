package org.beamframe.types;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An ordered list of uniquely named, typed columns: what every plan node and row collection carries. */
public final class FrameSchema implements Serializable {
  /** The columns, in order. */
  private final List<FrameField> fields;
  /** Each column's position in {@link #fields}, by name. */
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

  /**
   * The schema of these columns, in this order.
   *
   * @param fields the columns
   * @return the schema
   * @throws IllegalArgumentException if two columns have the same name
   */
  public static FrameSchema of(List<FrameField> fields) {
    return new FrameSchema(fields);
  }

  /**
   * The schema of these columns, in this order.
   *
   * @param fields the columns
   * @return the schema
   * @throws IllegalArgumentException if two columns have the same name
   */
  public static FrameSchema of(FrameField... fields) {
    return new FrameSchema(List.of(fields));
  }

  /**
   * The columns, in order.
   *
   * @return an unmodifiable list of the columns
   */
  public List<FrameField> fields() {
    return fields;
  }

  /**
   * The number of columns.
   *
   * @return the column count
   */
  public int size() {
    return fields.size();
  }

  /**
   * The column at a position.
   *
   * @param index the 0-based position
   * @return the column
   * @throws IndexOutOfBoundsException if there is no column at {@code index}
   */
  public FrameField field(int index) {
    return fields.get(index);
  }

  /**
   * The column names, in order.
   *
   * @return an unmodifiable list of the names
   */
  public List<String> names() {
    return fields.stream().map(FrameField::name).toList();
  }

  /**
   * Whether a column has this exact (case-sensitive) name.
   *
   * @param name the column name
   * @return true if the schema has the column
   */
  public boolean contains(String name) {
    return positions.containsKey(name);
  }

  /**
   * The position of a column, or a {@link ColumnNotFoundException} that lists what exists.
   *
   * @param name the column name
   * @return the column's 0-based position
   * @throws ColumnNotFoundException if no column has that name
   */
  public int indexOf(String name) {
    Integer index = positions.get(name);
    if (index == null) {
      throw new ColumnNotFoundException(name, names());
    }
    return index;
  }

  /**
   * The dtype of a column.
   *
   * @param name the column name
   * @return the column's dtype
   * @throws ColumnNotFoundException if no column has that name
   */
  public DType typeOf(String name) {
    return fields.get(indexOf(name)).type();
  }

  /**
   * This schema with {@code name} replaced in place if present, otherwise appended (pandas' assign).
   *
   * @param name the column to add or replace
   * @param type its dtype
   * @return a new schema; this one is unchanged
   */
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

  /**
   * The named columns, in the order given.
   *
   * @param names the columns to keep, each once
   * @return a new schema of those columns
   * @throws ColumnNotFoundException if a name is not a column
   * @throws IllegalArgumentException if a name is given twice
   */
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

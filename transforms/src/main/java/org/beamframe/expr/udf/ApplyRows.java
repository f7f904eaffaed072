package org.beamframe.expr.udf;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.RowView;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code df.apply(func, axis=1)} with a Java function and the dtype it returns. The
 * function sees the row as a map of the {@code given} columns, the frame's columns when it was applied: being
 * opaque, it may read any of them, so the optimizer keeps them all.
 *
 * @param given the columns the function is given, by name
 * @param function the user's function, called once per row
 * @param dtype the dtype of the function's results
 * @serial exclude
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public record ApplyRows(List<String> given, RowValueFunction function, DType dtype) implements Expr {
  /**
   * Copies the columns and checks that every component is given.
   *
   * @param given the columns the function is given
   * @param function the user's function
   * @param dtype the dtype of its results
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the function cannot be serialized (it captures something
   *     that is not Serializable)
   */
  public ApplyRows {
    given = List.copyOf(given);
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(dtype, "dtype");
    UserResults.requireSerializable(function, "apply(...)");
  }

  @Override
  public DType type(FrameSchema schema) {
    given.forEach(schema::indexOf);
    return dtype;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    String[] names = given.toArray(String[]::new);
    int[] positions = given.stream().mapToInt(schema::indexOf).toArray();
    RowValueFunction mapper = function;
    DType declared = dtype;
    String description = toString();
    return row -> {
      Map<String, Object> view = new RowMap(names, positions, row);
      return UserResults.call(() -> mapper.apply(view), view, declared, description);
    };
  }

  @Override
  public Set<String> columns() {
    return Set.copyOf(given);
  }

  @Override
  public String toString() {
    return "apply(<function of " + given + "> -> " + dtype + ")";
  }

  /** A read-only map view of one row's columns, made per call: nothing is copied. */
  private static final class RowMap extends AbstractMap<String, Object> {
    private final String[] names;
    private final int[] positions;
    private final RowView row;

    RowMap(String[] names, int[] positions, RowView row) {
      this.names = names;
      this.positions = positions;
      this.row = row;
    }

    @Override
    public Object get(Object key) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(key)) {
          return row.get(positions[i]);
        }
      }
      throw new IllegalArgumentException("the row has no column " + key + "; it has " + List.of(names));
    }

    @Override
    public Object getOrDefault(Object key, Object absent) {
      return containsKey(key) ? get(key) : absent;
    }

    @Override
    public boolean containsKey(Object key) {
      return List.of(names).contains(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Object>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < names.length;
            }

            @Override
            public Entry<String, Object> next() {
              if (next >= names.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(names[i], row.get(positions[i]));
            }
          };
        }

        @Override
        public int size() {
          return names.length;
        }
      };
    }
  }
}

package org.beamframe.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamframe.agg.AggFunction;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.NullsLastOrder;
import org.beamframe.types.ValueText;

/**
 * pandas' {@code pivot_table(index=..., columns=key, values=column, aggfunc=...)}: one row per
 * distinct index key (rows with a missing index key or key value dropped), the index columns first,
 * then one column per value of {@code key}, in sorted order, named by the value's text, holding
 * {@code aggfunc} of {@code values} over the rows with that value; missing where no row has it. The
 * key's values are part of the node, so its schema is known when it is built. The optimizer rewrites
 * it into one conditional aggregation; pandas sorts the rows by the index keys.
 *
 * @param child the rows to pivot
 * @param index the row keys, first in the output in this order
 * @param key the column whose values become columns (pandas' {@code columns})
 * @param values the column aggregated into the cells
 * @param aggfunc the aggregation of each cell
 * @param keyValues the values of {@code key} that become columns, sorted, of {@code key}'s dtype
 */
public record PivotNode(PlanNode child, List<String> index, String key, String values, AggFunction aggfunc,
    List<Object> keyValues) implements PlanNode {
  /**
   * Checks the columns against the child's schema; sorts the values and copies the lists.
   *
   * @param child the rows to pivot
   * @param index the row keys, at least one
   * @param key the column whose values become columns
   * @param values the column aggregated into the cells
   * @param aggfunc the aggregation of each cell
   * @param keyValues the values of {@code key} that become columns, none missing; -0.0 is 0.0
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if a column is unknown ({@link org.beamframe.types.ColumnNotFoundException}),
   *     no index column is given, one is named twice, the key or values column is an index column or
   *     the values column is the key, {@code aggfunc} does not take the values' dtype, a value is not
   *     of the key's dtype, or two values (or a value and an index column) give the same column name
   */
  public PivotNode {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(aggfunc, "aggfunc");
    index = List.copyOf(index);
    FrameSchema input = child.schema();
    if (index.isEmpty()) {
      throw new IllegalArgumentException("pivot_table needs at least one index column, the rows' keys");
    }
    if (new HashSet<>(index).size() != index.size()) {
      throw new IllegalArgumentException("pivot_table: an index column is named twice in " + index);
    }
    index.forEach(input::indexOf);
    DType keyType = input.typeOf(key);
    aggfunc.resultType(values, input.typeOf(values));
    if (index.contains(key) || index.contains(values) || key.equals(values)) {
      throw new IllegalArgumentException("pivot_table: index " + index + ", columns " + key + " and values " + values
          + " must be different columns");
    }
    List<Object> sorted = new ArrayList<>();
    for (Object value : keyValues) {
      Objects.requireNonNull(value, "a missing value is not a pivot column: pandas drops rows whose key is missing");
      if (!keyType.javaType().isInstance(value)) {
        throw new IllegalArgumentException("pivot_table: value " + value + " (" + value.getClass().getSimpleName()
            + ") is not of column " + key + "'s dtype " + keyType);
      }
      sorted.add(value instanceof Double number && number == 0.0 ? (Object) 0.0 : value);
    }
    sorted.sort((a, b) -> NullsLastOrder.compare(a, b, true));
    keyValues = List.copyOf(sorted);
    Set<String> names = new HashSet<>(index);
    for (Object value : keyValues) {
      if (!names.add(ValueText.format(value))) {
        throw new IllegalArgumentException("pivot_table: value " + ValueText.format(value) + " of column " + key
            + " would name a second column " + ValueText.format(value) + " (an index column, or another value "
            + "that prints the same); rename the index column or filter the value out first");
      }
    }
  }

  /**
   * The names of the value columns: each value's text, as pandas names them.
   *
   * @return one name per value of {@link #keyValues()}, in that order
   */
  public List<String> valueColumns() {
    return keyValues.stream().map(ValueText::format).toList();
  }

  @Override
  public FrameSchema schema() {
    FrameSchema input = child.schema();
    List<FrameField> fields = new ArrayList<>(input.select(index).fields());
    DType cell = aggfunc.resultType(values, input.typeOf(values));
    valueColumns().forEach(name -> fields.add(new FrameField(name, cell)));
    return FrameSchema.of(fields);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new PivotNode(children.get(0), index, key, values, aggfunc, keyValues);
  }

  @Override
  public String describe() {
    return "Pivot by " + index + ": " + aggfunc + "(" + values + ") for each value of " + key + " "
        + keyValues.stream().map(ValueText::format).collect(Collectors.joining(", ", "[", "]"));
  }
}

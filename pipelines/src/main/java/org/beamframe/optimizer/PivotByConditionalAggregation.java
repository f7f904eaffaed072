package org.beamframe.optimizer;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.expr.Expr;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.PivotNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.SelectStep;
import org.beamframe.types.DType;

/**
 * A pivot table becomes one group-by of its index with a conditional aggregation per value of its
 * key: a row step makes, for each value, a cell column that is missing wherever the key has another
 * value, so {@code aggfunc} of it per group is pandas' cell. The aggregation then runs as any other
 * (inside the scan, before the shuffle), and the row steps fuse with the read.
 *
 * <p>pandas' cell is missing where no row has the index key and the value. Functions that give a
 * value for no values (sum 0, count, size and nunique 0) also count each value's rows (the cell
 * column is present exactly on those rows: sum's adds 0 for a missing value, count's holds whether
 * the value is present), and the cell is missing where that count is 0. The other functions give a
 * missing cell for no values anyway, and pandas drops an index row whose cells are all missing, so a
 * filter does too. The steps of each side are one {@link RowsNode}, so a pivot of many values is a
 * shallow plan.
 */
final class PivotByConditionalAggregation implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    PlanNode current = Rewrites.withChild(node, PivotByConditionalAggregation::rewrite);
    return current instanceof PivotNode pivot ? expand(pivot) : current;
  }

  /** The pivot as row steps, one aggregation by its index, and row steps after it. */
  static PlanNode expand(PivotNode pivot) {
    List<String> names = pivot.valueColumns();
    Set<String> taken = new HashSet<>(pivot.child().schema().names());
    taken.addAll(names);
    // Rows whose key is missing are in no cell, and pandas makes no index row of them.
    RowProgram before = RowProgram.of(new FilterStep(col(pivot.key()).notnull()));
    if (names.isEmpty()) {
      String size = fresh("_pivot_rows", taken);
      PlanNode none = new AggregateNode(new RowsNode(pivot.child(), before.then(new FilterStep(lit(false)))),
          pivot.index(), List.of(new AggSpec(size, AggFunction.SIZE, pivot.index().get(0))));
      return new SelectNode(none, pivot.index());
    }
    AggFunction function = pivot.aggfunc();
    Expr values = col(pivot.values());
    List<AggSpec> aggregations = new ArrayList<>();
    RowProgram after = RowProgram.empty();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Expr matches = col(pivot.key()).eq(pivot.keyValues().get(i));
      String cell = fresh("_pivot_" + i, taken);
      Expr cellValue = switch (function) {
        case SUM -> values.fillna(zero(pivot.child().schema().typeOf(pivot.values()))).where(matches);
        case COUNT -> values.notnull().where(matches);
        case SIZE -> matches.where(matches);
        default -> values.where(matches);
      };
      before = before.then(new AssignStep(cell, cellValue));
      String rows = name;
      switch (function) {
        case SUM, COUNT -> {
          rows = fresh("_pivot_rows_" + i, taken);
          aggregations.add(new AggSpec(rows, AggFunction.COUNT, cell));
          aggregations.add(new AggSpec(name, AggFunction.SUM, cell));
        }
        case SIZE -> aggregations.add(new AggSpec(name, AggFunction.COUNT, cell));
        case NUNIQUE -> {
          String present = fresh("_pivot_in_" + i, taken);
          before = before.then(new AssignStep(present, matches.where(matches)));
          rows = fresh("_pivot_rows_" + i, taken);
          aggregations.add(new AggSpec(rows, AggFunction.COUNT, present));
          aggregations.add(new AggSpec(name, AggFunction.NUNIQUE, cell));
        }
        default -> aggregations.add(new AggSpec(name, function, cell));
      }
      if (countsRows(function)) {
        after = after.then(new AssignStep(name, col(name).where(col(rows).gt(0))));
      }
    }
    PlanNode plan = new AggregateNode(new RowsNode(pivot.child(), before), pivot.index(), aggregations);
    List<String> output = new ArrayList<>(pivot.index());
    output.addAll(names);
    if (!after.outputSchema(plan.schema()).names().equals(output)) {
      after = after.then(new SelectStep(output));
    }
    if (!countsRows(function)) {
      after = after.then(new FilterStep(anyPresent(names)));
    }
    return after.isEmpty() ? plan : new RowsNode(plan, after);
  }

  /** Whether the function gives a value (0) for no values, so a cell's rows are counted to tell "none" apart. */
  private static boolean countsRows(AggFunction function) {
    return switch (function) {
      case SUM, COUNT, SIZE, NUNIQUE -> true;
      default -> false;
    };
  }

  /** The zero that sum adds for a missing value, of the values' dtype. */
  private static Object zero(DType type) {
    return switch (type) {
      case INT64 -> 0L;
      case BOOL -> false;
      default -> 0.0;
    };
  }

  /** Whether any of the columns is present: a balanced tree of ors, shallow for many columns. */
  private static Expr anyPresent(List<String> columns) {
    if (columns.size() == 1) {
      return col(columns.get(0)).notnull();
    }
    int half = columns.size() / 2;
    return anyPresent(columns.subList(0, half)).or(anyPresent(columns.subList(half, columns.size())));
  }

  /** {@code name}, or with more leading underscores, so that it is no column's name yet; then taken. */
  private static String fresh(String name, Set<String> taken) {
    String candidate = name;
    while (taken.contains(candidate)) {
      candidate = "_" + candidate;
    }
    taken.add(candidate);
    return candidate;
  }
}

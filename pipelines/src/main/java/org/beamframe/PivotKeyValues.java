package org.beamframe;

import static org.beamframe.expr.Expressions.col;

import java.util.ArrayList;
import java.util.List;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.exec.Executor;
import org.beamframe.exec.ResultTooLargeException;

/**
 * The first pass of a pivot table: the values of its key that pandas makes columns of, found by a
 * small group-by job, refused past a limit. pandas' {@code pivot_table} groups by the index and the
 * key (dropping rows where either is missing) and drops a column whose cells are all missing, so a
 * value is a column when some row with a complete index has it, and, for functions that give a
 * missing cell for too few values, when some index key has enough values with it (one; two for
 * std and var).
 */
final class PivotKeyValues {
  private PivotKeyValues() {}

  /**
   * Runs the job now on {@code executor}.
   *
   * @param frame the frame to pivot
   * @param index the index columns
   * @param key the column whose values become columns
   * @param values the aggregated column
   * @param aggfunc the aggregation of each cell
   * @param limit the most values allowed
   * @param executor where the job runs
   * @return the values, sorted
   * @throws IllegalArgumentException if there are more than {@code limit} values, naming how many and the limit
   */
  static List<Object> find(DataFrame frame, List<String> index, String key, String values, AggFunction aggfunc,
      int limit, Executor executor) {
    List<String> keys = new ArrayList<>(index);
    keys.add(key);
    DataFrame rows = frame.dropna(keys.toArray(String[]::new));
    int needed = switch (aggfunc) {
      case SUM, COUNT, SIZE, NUNIQUE -> 0; // a cell of no values is 0, not missing
      case VAR, STD -> 2;
      default -> 1;
    };
    String count = "n";
    while (keys.contains(count)) {
      count += "_";
    }
    if (needed > 0) {
      rows = rows.filter(col(values).notnull());
    }
    if (needed > 1) {
      rows = rows.groupby(keys.toArray(String[]::new)).agg(AggSpec.count(values).as(count))
          .filter(col(count).ge(needed));
    }
    DataFrame distinct = rows.groupby(key).agg(AggSpec.count(key).as(count)).select(key);
    List<Object> found;
    try {
      found = distinct.compute(executor).column(key);
    } catch (ResultTooLargeException tooMany) {
      String exceeded = tooMany.exceeded();
      throw tooMany(key, exceeded.endsWith(" rows") ? "more than " + exceeded.replace(" rows", "") + " distinct values"
          : "more distinct values than " + exceeded + " hold", limit, keys);
    }
    if (found.size() > limit) {
      throw tooMany(key, found.size() + " distinct values", limit, keys);
    }
    return found;
  }

  private static IllegalArgumentException tooMany(String key, String howMany, int limit, List<String> keys) {
    return new IllegalArgumentException("pivot_table: column " + key + " has " + howMany + ", more than "
        + "the limit of " + limit + " (each value becomes a column); use groupby(" + String.join(", ", keys)
        + ") instead, which has no limit on groups, or filter the rows to fewer values of " + key + " first");
  }
}

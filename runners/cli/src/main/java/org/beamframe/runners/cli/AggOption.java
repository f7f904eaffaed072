package org.beamframe.runners.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;

/** One {@code --agg NAME=FUNC(COL)} of the query command, as pandas' named aggregation. */
final class AggOption {
  private static final Pattern FORM =
      Pattern.compile("\\s*(`[^`]+`|[\\w.]+)\\s*=\\s*(\\w+)\\s*\\(\\s*(`[^`]+`|[\\w.]*)\\s*\\)\\s*");

  private AggOption() {}

  /** The aggregation {@code text} names; {@code size()} may leave its column out (it counts rows). */
  static AggSpec parse(String text, String anyColumn) {
    Matcher match = FORM.matcher(text);
    if (!match.matches()) {
      throw new IllegalArgumentException("--agg " + text + ": expected NAME=FUNC(COL), e.g. total=sum(DOSAGE_UNIT) "
          + "or rows=size()");
    }
    AggFunction function;
    try {
      function = AggFunction.named(match.group(2));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException("--agg " + text + ": " + unknown.getMessage());
    }
    String column = unquote(match.group(3));
    if (column.isEmpty()) {
      if (function != AggFunction.SIZE) {
        throw new IllegalArgumentException("--agg " + text + ": " + function + " needs a column, e.g. "
            + match.group(1) + "=" + function + "(COL)");
      }
      column = anyColumn;
    }
    return new AggSpec(unquote(match.group(1)), function, column);
  }

  private static String unquote(String name) {
    return name.startsWith("`") ? name.substring(1, name.length() - 1) : name;
  }
}

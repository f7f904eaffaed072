package org.beamframe.runners.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;

/**
 * One {@code --agg NAME=FUNC(COL)} of the query command, as pandas' named aggregation. A name or
 * column may be any text, as pandas' {@code agg} takes any string: {@code cost=sum(Cost Total $)};
 * backticks, as in expressions, are accepted too and needed only for a name with {@code =}.
 */
final class AggOption {
  private static final Pattern FORM =
      Pattern.compile("\\s*(`[^`]+`|[^=`]+?)\\s*=\\s*(\\w+)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);

  private AggOption() {}

  /** The aggregation {@code text} names; {@code size()} may leave its column out (it counts rows). */
  static AggSpec parse(String text, String anyColumn) {
    Matcher match = FORM.matcher(text);
    if (!match.matches()) {
      throw new IllegalArgumentException("--agg " + text + ": expected NAME=FUNC(COL), e.g. total=sum(DOSAGE_UNIT), "
          + "rows=size() or, for names with spaces or '=', `total cost`=sum(`Cost Total $`)");
    }
    AggFunction function;
    try {
      function = AggFunction.named(match.group(2));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException("--agg " + text + ": " + unknown.getMessage());
    }
    String column = unquote(match.group(3).strip());
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
    return name.length() > 1 && name.startsWith("`") && name.endsWith("`") ? name.substring(1, name.length() - 1) : name;
  }
}

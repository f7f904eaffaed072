package org.beamframe.expr;

import java.util.Arrays;
import org.beamframe.types.FrameSchema;

/** Evaluates expressions on hand-built rows. */
final class Rows {
  private Rows() {}

  static Object eval(Expr expr, FrameSchema schema, Object... values) {
    Object[] row = Arrays.copyOf(values, values.length);
    return expr.compile(schema).eval(index -> row[index]);
  }
}

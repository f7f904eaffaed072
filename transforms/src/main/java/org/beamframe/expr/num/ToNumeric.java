package org.beamframe.expr.num;

import java.util.Set;
import org.beamframe.expr.Coercions;
import org.beamframe.expr.Errors;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.expr.ValueConversionException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code to_numeric}: text becomes float64 ("nan" and, with {@link Errors#COERCE}, any
 * non-number become null); numeric input passes through unchanged; bool becomes 0/1 int64.
 * Text is parsed by {@link NumericText#parseDouble}. With {@link Errors#RAISE} a non-number throws a
 * {@link org.beamframe.expr.ValueConversionException} when evaluated; with {@link Errors#COERCE} it
 * is counted in {@link org.beamframe.expr.Coercions}. A missing value stays missing and is not
 * counted; datetime64 input fails at type-check.
 *
 * @param input the values to convert
 * @param errors what to do with text that is not a number
 * @serial exclude
 */
public record ToNumeric(Expr input, Errors errors) implements Expr {

  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    return switch (in) {
      case OBJECT -> DType.FLOAT64;
      case INT64, FLOAT64 -> in;
      case BOOL -> DType.INT64;
      case DATETIME64 -> throw new ExprTypeException(
          "cannot apply to_numeric to " + input + " (datetime64[ns]); use .dt.year, .dt.month or .dt.day");
    };
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    DType in = input.type(schema);
    Evaluator value = input.compile(schema);
    if (in.isNumeric()) {
      return value;
    }
    if (in == DType.BOOL) {
      return row -> {
        Object flag = value.eval(row);
        return flag == null ? null : ((Boolean) flag ? 1L : 0L);
      };
    }
    String description = toString();
    boolean coerce = errors == Errors.COERCE;
    return row -> {
      Object text = value.eval(row);
      if (text == null) {
        return null;
      }
      Double number = NumericText.parseDouble((String) text);
      if (number == null) {
        if (coerce) {
          Coercions.countOne();
          return null;
        }
        throw new ValueConversionException(
            description, text, "not a number",
            "pass errors=coerce (Errors.COERCE) to turn such values into nulls");
      }
      return number.isNaN() ? null : number;
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return "to_numeric(" + input + ", errors='" + errors + "')";
  }
}

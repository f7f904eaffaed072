package org.beamframe.expr.datetime;

import java.util.Objects;
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
 * pandas' {@code to_datetime(input, format=...)}. Text is parsed as is. A number is written as an
 * integer and zero-padded to the format's width first, so that an MMDDYYYY date that lost its
 * leading zero (1062006, or 1062006.0 when read as float64) is 2006-01-06. With
 * {@link StrftimeFormat#ISO8601} (pandas' {@code format='ISO8601'}, and what {@code to_datetime}
 * without a format means here) text is parsed by {@link Iso8601}; numbers then need a format.
 *
 * <p>A negative or fractional number does not match; a missing value stays missing (NaT);
 * datetime64 input passes through and bool input fails at type-check. A value that does not match
 * the format throws a {@link ValueConversionException} when evaluated with {@link Errors#RAISE}, or
 * becomes null and is counted in {@link Coercions} with {@link Errors#COERCE}.
 * {@link org.beamframe.expr.Expressions#toDatetime(Expr, String, Errors)} describes the formats.
 *
 * @param input the values to parse: object text, or int64/float64 numbers
 * @param format the compiled strftime format
 * @param errors what to do with a value that does not match
 * @serial exclude
 */
public record ToDatetime(Expr input, StrftimeFormat format, Errors errors) implements Expr {

  /**
   * Compiles {@code format} and makes the expression.
   *
   * @param input the values to parse
   * @param format a strftime format, e.g. {@code "%m%d%Y"}, or {@code "ISO8601"}
   * @param errors what to do with a value that does not match
   * @throws IllegalArgumentException if the format is not supported (see {@link StrftimeFormat})
   * @throws NullPointerException if an argument is null
   */
  public ToDatetime(Expr input, String format, Errors errors) {
    this(input, new StrftimeFormat(format), errors);
  }

  /**
   * Checks that every component is given.
   *
   * @param input the values to parse
   * @param format the compiled strftime format
   * @param errors what to do with a value that does not match
   * @throws NullPointerException if an argument is null
   */
  public ToDatetime {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(errors, "errors");
  }

  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    if (in == DType.BOOL) {
      throw new ExprTypeException("cannot apply to_datetime to " + input + " (bool); it needs text or numbers");
    }
    if (in.isNumeric() && format.isIso8601()) {
      throw new ExprTypeException("cannot parse " + input + " (" + in + ") as ISO 8601 text; give the numbers' "
          + "format, e.g. format='%Y%m%d' (pandas would read numbers without a format as nanoseconds since 1970)");
    }
    return DType.DATETIME64;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    DType in = input.type(schema);
    Evaluator value = input.compile(schema);
    if (in == DType.DATETIME64) {
      return value;
    }
    StrftimeFormat parser = format;
    boolean coerce = errors == Errors.COERCE;
    String description = toString();
    boolean numeric = in.isNumeric();
    return row -> {
      Object raw = value.eval(row);
      if (raw == null) {
        return null;
      }
      String text = numeric ? padded((Number) raw, parser.width()) : (String) raw;
      Object parsed = text == null ? null : parser.parse(text);
      if (parsed == null && coerce) {
        Coercions.countOne();
      } else if (parsed == null && parser.isIso8601()) {
        throw new ValueConversionException(
            description, raw, "it is not an ISO 8601 date-time such as 2012-01-31 or 2012-01-31T10:30:00",
            Iso8601.hintFor(text) + ", or pass errors=coerce (Errors.COERCE) to turn such values into NaT");
      } else if (parsed == null) {
        throw new ValueConversionException(
            description, raw, "it does not match the format '" + parser.pattern() + "'",
            "fix the value or format, or pass errors=coerce (Errors.COERCE) to turn such values into NaT");
      }
      return parsed;
    };
  }

  /** The number as integer text left-padded with zeros to {@code width}, or null if not integral. */
  static String padded(Number number, int width) {
    long integral;
    if (number instanceof Double d) {
      if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 1e18) {
        return null;
      }
      integral = d.longValue();
    } else {
      integral = number.longValue();
    }
    if (integral < 0) {
      return null;
    }
    String digits = Long.toString(integral);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return "to_datetime(" + input + ", format='" + format + "'"
        + (errors == Errors.RAISE ? "" : ", errors='" + errors + "'") + ")";
  }
}

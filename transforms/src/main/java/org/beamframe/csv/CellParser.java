package org.beamframe.csv;

import java.time.LocalDateTime;
import org.beamframe.expr.datetime.Iso8601;
import org.beamframe.expr.num.NumericText;
import org.beamframe.types.DType;

/** Converts the text of one CSV field to a value of a dtype (after missing-value strings were handled). */
final class CellParser {
  /** Returned for text that is not a value of the dtype; the caller reports it with file and line. */
  static final Object INVALID = new Object();

  private CellParser() {}

  static Object parse(DType type, String text) {
    return switch (type) {
      case OBJECT -> text;
      case INT64 -> orInvalid(NumericText.parseLong(text));
      case FLOAT64 -> {
        Double value = NumericText.parseDouble(text);
        yield value == null ? INVALID : (value.isNaN() ? null : value);
      }
      case BOOL -> parseBool(text);
      case DATETIME64 -> parseDatetime(text.strip());
    };
  }

  private static Object orInvalid(Object value) {
    return value == null ? INVALID : value;
  }

  private static Object parseBool(String text) {
    return switch (text.strip()) {
      case "True", "true", "TRUE" -> Boolean.TRUE;
      case "False", "false", "FALSE" -> Boolean.FALSE;
      default -> INVALID;
    };
  }

  /** Any ISO 8601 shape pandas' read_csv(parse_dates=...) reads without a format; offsets are applied (UTC). */
  private static Object parseDatetime(String text) {
    LocalDateTime value = Iso8601.parse(text);
    return value == null ? INVALID : value;
  }
}

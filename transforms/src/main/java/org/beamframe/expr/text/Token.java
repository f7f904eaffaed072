package org.beamframe.expr.text;

/** One token of an expression text, with its offset for error messages. */
record Token(Kind kind, String text, Object value, int offset) {
  enum Kind {
    NAME,
    /** A column name in backticks; {@code text} is the name. */
    QUOTED_NAME,
    NUMBER,
    /** An {@code @name}: a value the caller passes, as pandas' local variables. */
    VARIABLE,
    STRING,
    SYMBOL,
    END
  }

  boolean is(String symbol) {
    return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
  }

  String describe() {
    return switch (kind) {
      case END -> "the end of the text";
      case STRING -> "the string " + text;
      case QUOTED_NAME -> "`" + text + "`";
      case VARIABLE -> "@" + text;
      default -> "'" + text + "'";
    };
  }
}

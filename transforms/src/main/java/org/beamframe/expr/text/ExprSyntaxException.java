package org.beamframe.expr.text;

/** A query or eval text that does not parse: the message shows the text with a caret under the column. */
public final class ExprSyntaxException extends IllegalArgumentException {
  private final String text;
  private final int column;

  ExprSyntaxException(String problem, String text, int offset) {
    super(problem + " at column " + (offset + 1) + ":\n  " + text + "\n  " + " ".repeat(offset) + "^");
    this.text = text;
    this.column = offset + 1;
  }

  /** The text that failed to parse. */
  public String text() {
    return text;
  }

  /** The 1-based column where the problem is. */
  public int column() {
    return column;
  }
}

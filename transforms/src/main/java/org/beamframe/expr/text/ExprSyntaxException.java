package org.beamframe.expr.text;

/** A query or eval text that does not parse: the message shows the text with a caret under the column. */
public final class ExprSyntaxException extends IllegalArgumentException {
  /** The text that failed to parse. */
  private final String text;
  /** The 1-based column where the problem is. */
  private final int column;

  ExprSyntaxException(String problem, String text, int offset) {
    super(problem + " at column " + (offset + 1) + ":\n  " + text + "\n  " + " ".repeat(offset) + "^");
    this.text = text;
    this.column = offset + 1;
  }

  /**
   * The text that failed to parse.
   *
   * @return the whole query or eval line, as given
   */
  public String text() {
    return text;
  }

  /**
   * The 1-based column where the problem is.
   *
   * @return the position of the offending character in {@link #text()}, counting from 1
   */
  public int column() {
    return column;
  }
}

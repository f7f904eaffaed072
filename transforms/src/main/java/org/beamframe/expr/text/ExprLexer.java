package org.beamframe.expr.text;

import java.util.ArrayList;
import java.util.List;
import org.beamframe.expr.num.NumericText;

/** Splits an expression text into tokens: names, `backticked names`, numbers, 'strings' and symbols. */
final class ExprLexer {
  private static final List<String> SYMBOLS =
      List.of("==", "!=", "<=", ">=", "**", "//", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ".", "=",
          "&", "|", "~");

  private ExprLexer() {}

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        tokens.add(new Token(Token.Kind.NAME, text.substring(start, i), null, start));
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        i = number(text, i, tokens);
      } else if (c == '\'' || c == '"') {
        i = string(text, i, tokens);
      } else if (c == '@') {
        int start = i++;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        if (i == start + 1) {
          throw new ExprSyntaxException("expected a variable name after @, e.g. @limit", text, start);
        }
        tokens.add(new Token(Token.Kind.VARIABLE, text.substring(start + 1, i), null, start));
      } else if (c == '`') {
        int end = text.indexOf('`', i + 1);
        if (end < 0) {
          throw new ExprSyntaxException("a backticked column name is never closed", text, i);
        }
        tokens.add(new Token(Token.Kind.QUOTED_NAME, text.substring(i + 1, end), null, i));
        i = end + 1;
      } else {
        i = symbol(text, i, tokens);
      }
    }
    tokens.add(new Token(Token.Kind.END, "", null, text.length()));
    return tokens;
  }

  private static int number(String text, int start, List<Token> tokens) {
    int i = start;
    boolean fraction = false;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_')) {
      fraction |= text.charAt(i) == '.';
      i++;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      fraction = true;
      i++;
      if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    String literal = text.substring(start, i).replace("_", "");
    Object value;
    if (fraction) {
      value = NumericText.parseDouble(literal);
    } else {
      value = NumericText.parseLong(literal);
    }
    if (value == null) {
      throw new ExprSyntaxException("'" + text.substring(start, i) + "' is not a number", text, start);
    }
    tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, i), value, start));
    return i;
  }

  private static int string(String text, int start, List<Token> tokens) {
    char quote = text.charAt(start);
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        value.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        value.append(c);
      }
      i++;
    }
    if (i >= text.length()) {
      throw new ExprSyntaxException("a string is never closed (missing " + quote + ")", text, start);
    }
    tokens.add(new Token(Token.Kind.STRING, text.substring(start, i + 1), value.toString(), start));
    return i + 1;
  }

  private static int symbol(String text, int start, List<Token> tokens) {
    for (String symbol : SYMBOLS) {
      if (text.startsWith(symbol, start)) {
        tokens.add(new Token(Token.Kind.SYMBOL, symbol, null, start));
        return start + symbol.length();
      }
    }
    throw new ExprSyntaxException("unexpected character '" + text.charAt(start) + "'", text, start);
  }
}

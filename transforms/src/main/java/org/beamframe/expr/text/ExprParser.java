package org.beamframe.expr.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.beamframe.expr.Errors;
import org.beamframe.expr.Expr;
import org.beamframe.expr.Expressions;
import org.beamframe.expr.FillNull;
import org.beamframe.expr.Literal;
import org.beamframe.expr.datetime.StrftimeFormat;
import org.beamframe.expr.logic.IsIn;
import org.beamframe.expr.str.StringAccessor;

/**
 * pandas' query and eval syntax, parsed into the same expression tree the Java API builds.
 * Columns by name or in backticks; 'string' and number literals, True and False; {@code @name}
 * variables whose values the caller passes; {@code + - * / // % **} with Python's precedence
 * ({@code **} binds tightest and to the right, {@code -2 ** 2} is -4);
 * comparisons (chained ones as in Python: {@code a < b < c} is {@code a < b and b < c});
 * {@code and or not} and {@code & | ~} with the same precedence, as pandas' own parser gives them;
 * {@code x in [...]}, {@code x not in [...]}, {@code x in @names}; {@code to_datetime(x)} (ISO 8601),
 * {@code to_datetime(x, format='%m%d%Y', errors='coerce')},
 * {@code to_numeric(x, errors='coerce')} (also as {@code pd.}...); {@code .dt.year} and the other
 * parts; {@code .str.upper()} and the other text methods; {@code .isna() .notna() .isin([...])}.
 * Also {@code .abs() .round(n) .clip(lower, upper) .fillna(v) .astype(dtype) .where(cond, other)}
 * and {@code .where(cond)} (missing elsewhere).
 *
 * <p>Parsing needs no schema: names become column references, checked when the expression is
 * type-checked against a frame. Unlike pandas, {@code to_datetime} without a format parses ISO 8601
 * only (no guessing of day/month orders), and variables come from a map, not the caller's scope. Every error is an
 * {@link ExprSyntaxException} that points at the column of the text where it is.
 */
public final class ExprParser {
  private final String text;
  private final List<Token> tokens;
  private final Map<String, ?> variables;
  private int position;

  private ExprParser(String text, Map<String, ?> variables) {
    this.text = text;
    this.tokens = ExprLexer.tokens(text);
    // A copy that allows nulls: a null value is reported where the variable is used.
    this.variables = Collections.unmodifiableMap(new HashMap<>(variables));
  }

  /**
   * A query's expression: {@code "Measure == 'TAB' and DOSAGE_UNIT > 1000"}.
   *
   * @param text the expression in pandas' query syntax
   * @return the expression tree, the same one the Java API builds
   * @throws ExprSyntaxException if the text does not parse, or does not end after the expression
   */
  public static Expr parse(String text) {
    return parse(text, Map.of());
  }

  /**
   * A query's expression with the values of its {@code @name} variables, as pandas' {@code query}
   * takes them from the caller's local variables: {@code "qty > @low and airport in @names"}.
   *
   * @param text the expression in pandas' query syntax
   * @param variables each variable's value: a String, a Java number, a Boolean or a LocalDateTime, or
   *     a collection of those for {@code in @name} and {@code isin(@name)}
   * @return the expression tree, the variables' values in it as literals
   * @throws ExprSyntaxException if the text does not parse, or uses a variable {@code variables} lacks
   *     or whose value cannot be a literal
   */
  public static Expr parse(String text, Map<String, ?> variables) {
    ExprParser parser = new ExprParser(text, variables);
    Expr expr = parser.expression();
    parser.expectEnd();
    return expr;
  }

  /**
   * A variable's value written as text, as the command line's {@code --var NAME=VALUE} gives it: a
   * number ({@code 2}, {@code -1.5}), a quoted string ({@code 'TAB'}), {@code True} or {@code False},
   * or a list of those ({@code ['TAB', 'CAP']}); any other text is the string itself.
   *
   * @param text the value's text
   * @return a Long, Double, String or Boolean, or a List of those
   */
  public static Object parseValue(String text) {
    ExprParser parser;
    try {
      parser = new ExprParser(text, Map.of());
    } catch (ExprSyntaxException notAnExpression) {
      return text;
    }
    Token first = parser.peek();
    try {
      // [a, b] is a list, and so is (a, b); (a) is a, as in Python.
      if (first.is("[") || (first.is("(") && text.contains(","))) {
        List<Object> values = new ArrayList<>();
        parser.list().forEach(literal -> values.add(literal.value()));
        parser.expectEnd();
        return List.copyOf(values);
      }
      Expr value = parser.unary();
      if (value instanceof Literal literal && parser.peek().kind() == Token.Kind.END) {
        return literal.value();
      }
    } catch (ExprSyntaxException notALiteral) {
      // Not a literal: the text is the string itself.
    }
    return text;
  }

  /**
   * An eval text: one or more lines {@code name = expr}, in order. Blank lines are skipped; the name
   * may be in backticks. A frame's {@code eval} assigns them in order, so a line may use the columns
   * the lines before it made.
   *
   * @param text the assignments, one per line
   * @return the assignments, in the order of the lines
   * @throws ExprSyntaxException if a line does not parse or the text has no assignment
   */
  public static List<Assignment> parseAssignments(String text) {
    return parseAssignments(text, Map.of());
  }

  /**
   * An eval text with the values of its {@code @name} variables; see {@link #parse(String, Map)}.
   *
   * @param text the assignments, one per line
   * @param variables each variable's value
   * @return the assignments, in the order of the lines
   * @throws ExprSyntaxException if a line does not parse, uses a missing variable, or the text has no
   *     assignment
   */
  public static List<Assignment> parseAssignments(String text, Map<String, ?> variables) {
    List<Assignment> assignments = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        assignments.add(parseAssignment(line, variables));
      }
    }
    if (assignments.isEmpty()) {
      throw new ExprSyntaxException("expected an assignment: name = expression", text, 0);
    }
    return assignments;
  }

  private static Assignment parseAssignment(String line, Map<String, ?> variables) {
    ExprParser parser = new ExprParser(line, variables);
    Token target = parser.next();
    if (target.kind() != Token.Kind.NAME && target.kind() != Token.Kind.QUOTED_NAME) {
      throw parser.error("expected the name of the new column (name = expression)", target);
    }
    parser.expect("=");
    Expr expr = parser.expression();
    parser.expectEnd();
    return new Assignment(target.text(), expr);
  }

  private Expr expression() {
    Expr left = conjunction();
    while (peek().is("or") || peek().is("|")) {
      next();
      left = left.or(conjunction());
    }
    return left;
  }

  private Expr conjunction() {
    Expr left = negation();
    while (peek().is("and") || peek().is("&")) {
      next();
      left = left.and(negation());
    }
    return left;
  }

  private Expr negation() {
    if (peek().is("not") || peek().is("~")) {
      next();
      return negation().not();
    }
    return comparison();
  }

  private Expr comparison() {
    Expr left = sum();
    Expr result = null;
    while (true) {
      Token op = peek();
      Expr compared;
      if (op.is("in")) {
        next();
        compared = new IsIn(left, list());
      } else if (op.is("not") && tokens.get(position + 1).is("in")) {
        next();
        next();
        compared = new IsIn(left, list()).not();
      } else if (isComparison(op)) {
        next();
        Expr right = sum();
        compared = compare(op.text(), left, right);
        left = right;
      } else {
        return result == null ? left : result;
      }
      result = result == null ? compared : result.and(compared);
    }
  }

  private static boolean isComparison(Token token) {
    return token.kind() == Token.Kind.SYMBOL && List.of("==", "!=", "<", "<=", ">", ">=").contains(token.text());
  }

  private static Expr compare(String op, Expr left, Expr right) {
    return switch (op) {
      case "==" -> left.eq(right);
      case "!=" -> left.ne(right);
      case "<" -> left.lt(right);
      case "<=" -> left.le(right);
      case ">" -> left.gt(right);
      default -> left.ge(right);
    };
  }

  private Expr sum() {
    Expr left = product();
    while (peek().is("+") || peek().is("-")) {
      left = next().is("+") ? left.add(product()) : left.sub(product());
    }
    return left;
  }

  private Expr product() {
    Expr left = unary();
    while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%")) {
      Token op = next();
      Expr right = unary();
      left = switch (op.text()) {
        case "*" -> left.mul(right);
        case "/" -> left.div(right);
        case "//" -> left.floordiv(right);
        default -> left.mod(right);
      };
    }
    return left;
  }

  /** Python's precedence: {@code -2 ** 2} is -4, the power binds first. */
  private Expr unary() {
    if (peek().is("-")) {
      next();
      Expr operand = unary();
      if (operand instanceof Literal literal && literal.value() instanceof Number number) {
        return Literal.of(negate(number));
      }
      return Expressions.lit(0L).sub(operand);
    }
    if (peek().is("+")) {
      next();
      return unary();
    }
    return power();
  }

  /** {@code a ** b}, right-associative as in Python: {@code 2 ** 3 ** 2} is {@code 2 ** 9}. */
  private Expr power() {
    Expr base = postfix(primary());
    if (peek().is("**")) {
      next();
      return base.pow(unary());
    }
    return base;
  }

  private static Object negate(Object number) {
    return number instanceof Long value ? (Object) (-value) : (Object) (-(Double) number);
  }

  private Expr primary() {
    Token token = next();
    switch (token.kind()) {
      case NUMBER:
        return Literal.of(token.value());
      case STRING:
        return Literal.of(token.value());
      case QUOTED_NAME:
        return Expressions.col(token.text());
      case VARIABLE:
        if (variable(token) instanceof Collection<?>) {
          throw error("@" + token.text() + " is a list: use it with in, not in, or isin(...)", token);
        }
        return literal(token, variable(token));
      case NAME:
        return name(token);
      default:
        if (token.is("(")) {
          Expr inner = expression();
          expect(")");
          return inner;
        }
        throw error("expected a column, a literal or '('", token);
    }
  }

  private Expr name(Token token) {
    switch (token.text()) {
      case "True":
        return Literal.of(true);
      case "False":
        return Literal.of(false);
      case "and", "or", "not", "in":
        throw error("expected a column, a literal or '(' before '" + token.text() + "'", token);
      default:
        break;
    }
    if (token.text().equals("pd") && peek().is(".")) {
      next();
      Token function = next();
      if (function.kind() != Token.Kind.NAME || !peek().is("(")) {
        throw error("expected pd.to_datetime(...) or pd.to_numeric(...)", function);
      }
      return call(function);
    }
    if (peek().is("(")) {
      return call(token);
    }
    return Expressions.col(token.text());
  }

  private Expr call(Token function) {
    expect("(");
    Arguments args = arguments();
    return switch (function.text()) {
      case "to_datetime" -> {
        for (String guess : List.of("dayfirst", "yearfirst")) {
          if (args.named.containsKey(guess)) {
            throw error(guess + "= makes pandas guess each value's format; BeamFrame does not guess: pass the "
                + "format, e.g. format='%d/%m/%Y'", args.named.get(guess));
          }
        }
        args.allow(function, "format", "errors");
        // Without a format, ISO 8601 only: pandas' guessing of other shapes (day or month first?) is not reproduced.
        String format = args.string("format", StrftimeFormat.ISO8601);
        yield Expressions.toDatetime(args.single(function), format, args.errors());
      }
      case "to_numeric" -> {
        args.allow(function, "errors");
        yield Expressions.toNumeric(args.single(function), args.errors());
      }
      default -> throw error("unknown function '" + function.text() + "'; query and eval know to_datetime and "
          + "to_numeric, and the methods .isna() .notna() .isin([...]) .str.* .dt.*", function);
    };
  }

  private Expr postfix(Expr expr) {
    Expr result = expr;
    while (peek().is(".")) {
      next();
      Token member = next();
      if (member.kind() != Token.Kind.NAME) {
        throw error("expected a method or accessor name after '.'", member);
      }
      result = member(result, member);
    }
    return result;
  }

  private Expr member(Expr target, Token member) {
    switch (member.text()) {
      case "dt": {
        expect(".");
        Token part = next();
        try {
          return target.dt().part(part.text());
        } catch (IllegalArgumentException unknown) {
          throw error(unknown.getMessage(), part);
        }
      }
      case "str": {
        expect(".");
        Token method = next();
        expect("(");
        return stringMethod(target.str(), method, arguments());
      }
      case "isna", "isnull": {
        expect("(");
        return arguments().none(member, target.isnull());
      }
      case "notna", "notnull": {
        expect("(");
        return arguments().none(member, target.notnull());
      }
      case "isin": {
        expect("(");
        IsIn isin = new IsIn(target, list());
        expect(")");
        return isin;
      }
      case "abs": {
        expect("(");
        return arguments().none(member, target.abs());
      }
      case "round": {
        expect("(");
        Arguments args = arguments();
        args.allow(member, "decimals");
        Long decimals = args.integer(0, "decimals");
        return target.round(decimals == null ? 0 : Math.toIntExact(decimals));
      }
      case "clip": {
        expect("(");
        Arguments args = arguments();
        args.allow(member, "lower", "upper");
        return target.clip(args.number(0, "lower"), args.number(1, "upper"));
      }
      case "fillna": {
        expect("(");
        Arguments args = arguments();
        if (args.positional.size() != 1 || !(args.positional.get(0) instanceof Literal value)) {
          throw error(".fillna() takes one literal value, e.g. .fillna(0)", member);
        }
        return new FillNull(target, value);
      }
      case "astype": {
        expect("(");
        Arguments args = arguments();
        try {
          return target.astype(args.positionalString(member, 0));
        } catch (IllegalArgumentException unknownDtype) {
          throw error(unknownDtype.getMessage(), member);
        }
      }
      case "where": {
        expect("(");
        Arguments args = arguments();
        if (args.positional.size() == 1) {
          return target.where(args.positional.get(0));
        }
        if (args.positional.size() != 2) {
          throw error(".where() takes a condition and, optionally, the other value, e.g. x.where(x > 0, 0)", member);
        }
        return target.where(args.positional.get(0), args.positional.get(1));
      }
      default:
        throw error("unknown method '" + member.text() + "'; known: .dt.*, .str.*, .isna(), .notna(), .isin([...]), "
            + ".abs(), .round(n), .clip(lower, upper), .fillna(v), .astype(dtype), .where(cond[, other])", member);
    }
  }

  private Expr stringMethod(StringAccessor str, Token method, Arguments args) {
    return switch (method.text()) {
      case "upper" -> args.none(method, str.upper());
      case "lower" -> args.none(method, str.lower());
      case "strip" -> args.none(method, str.strip());
      case "len" -> args.none(method, str.len());
      case "contains" -> {
        args.allow(method, "regex");
        yield str.contains(args.positionalString(method, 0), args.bool("regex", true));
      }
      case "startswith" -> str.startswith(args.positionalString(method, 0));
      case "endswith" -> str.endswith(args.positionalString(method, 0));
      case "slice" -> {
        args.allow(method, "start", "stop");
        yield str.slice(args.integer(0, "start"), args.integer(1, "stop"));
      }
      case "replace" -> {
        args.allow(method, "regex");
        yield str.replace(args.positionalString(method, 0), args.positionalString(method, 1), args.bool("regex", false));
      }
      default -> throw error("unknown .str method '" + method.text() + "'; BeamFrame has upper, lower, strip, len, "
          + "contains, startswith, endswith, slice, replace", method);
    };
  }

  /** A call's arguments: positional expressions, then name=constant ones. */
  private final class Arguments {
    final List<Expr> positional = new ArrayList<>();
    final Map<String, Token> named = new LinkedHashMap<>();
    final Token start;

    Arguments(Token start) {
      this.start = start;
    }

    /** {@code result}, if the call had no arguments. */
    Expr none(Token method, Expr result) {
      if (!positional.isEmpty() || !named.isEmpty()) {
        throw error("." + method.text() + "() takes no arguments", start);
      }
      return result;
    }

    void allow(Token function, String... names) {
      for (String name : named.keySet()) {
        if (!List.of(names).contains(name)) {
          throw error(function.text() + "() has no argument '" + name + "'; it takes " + String.join(", ", names),
              named.get(name));
        }
      }
    }

    Expr single(Token function) {
      if (positional.size() != 1) {
        throw error(function.text() + "() takes one column expression, got " + positional.size(), start);
      }
      return positional.get(0);
    }

    String string(String name, String missing) {
      Token token = named.get(name);
      if (token == null) {
        return missing;
      }
      if (token.kind() != Token.Kind.STRING) {
        throw error(name + " must be a string", token);
      }
      return (String) token.value();
    }

    boolean bool(String name, boolean missing) {
      Token token = named.get(name);
      if (token == null) {
        return missing;
      }
      if (!token.is("True") && !token.is("False")) {
        throw error(name + " must be True or False", token);
      }
      return token.is("True");
    }

    Errors errors() {
      String errors = string("errors", "raise");
      return switch (errors) {
        case "raise" -> Errors.RAISE;
        case "coerce" -> Errors.COERCE;
        default -> throw error("errors must be 'raise' or 'coerce', got '" + errors + "'", named.get("errors"));
      };
    }

    String positionalString(Token method, int index) {
      if (index >= positional.size() || !(positional.get(index) instanceof Literal literal)
          || !(literal.value() instanceof String value)) {
        throw error("." + method.text() + "() needs a string as argument " + (index + 1), start);
      }
      return value;
    }

    Double number(int index, String name) {
      Token token = named.get(name);
      Object value = token != null ? token.value()
          : index < positional.size() && positional.get(index) instanceof Literal literal ? literal.value() : null;
      if (token == null && index < positional.size() && !(positional.get(index) instanceof Literal)) {
        throw error(name + " must be a number", start);
      }
      if (value != null && !(value instanceof Number)) {
        throw error(name + " must be a number", token != null ? token : start);
      }
      return value == null ? null : ((Number) value).doubleValue();
    }

    Long integer(int index, String name) {
      Expr expr = index < positional.size() ? positional.get(index) : null;
      if (named.containsKey(name)) {
        Token token = named.get(name);
        if (token.kind() != Token.Kind.NUMBER || !(token.value() instanceof Long)) {
          throw error(name + " must be an integer", token);
        }
        return (Long) token.value();
      }
      if (expr == null) {
        return null;
      }
      if (!(expr instanceof Literal literal) || !(literal.value() instanceof Long value)) {
        throw error(name + " must be an integer", start);
      }
      return value;
    }
  }

  /** Arguments up to and including the closing parenthesis. */
  private Arguments arguments() {
    Arguments args = new Arguments(tokens.get(position - 1));
    if (peek().is(")")) {
      next();
      return args;
    }
    while (true) {
      Token token = peek();
      if (token.kind() == Token.Kind.NAME && tokens.get(position + 1).is("=")) {
        next();
        next();
        Token value = next();
        if (value.is("-") && peek().kind() == Token.Kind.NUMBER) {
          Token number = next();
          value = new Token(Token.Kind.NUMBER, "-" + number.text(), negate(number.value()), value.offset());
        }
        args.named.put(token.text(), value);
      } else if (!args.named.isEmpty()) {
        throw error("a positional argument cannot follow a named one", token);
      } else {
        args.positional.add(expression());
      }
      Token separator = next();
      if (separator.is(")")) {
        return args;
      }
      if (!separator.is(",")) {
        throw error("expected ',' or ')'", separator);
      }
    }
  }

  /** The value of the variable {@code token} names, or an error naming the variables there are. */
  private Object variable(Token token) {
    if (!variables.containsKey(token.text())) {
      throw error("no value for @" + token.text() + "; pass it with the expression (query(text, Map.of(\""
          + token.text() + "\", value)), or --var " + token.text() + "=VALUE on the command line); variables: "
          + new TreeSet<>(variables.keySet()), token);
    }
    return variables.get(token.text());
  }

  private Literal literal(Token token, Object value) {
    try {
      return Literal.of(value);
    } catch (IllegalArgumentException | NullPointerException unusable) {
      throw error("@" + token.text() + " = " + value + " cannot be a value here: " + unusable.getMessage(), token);
    }
  }

  /** {@code [literal, ...]} (or a parenthesized tuple), or an {@code @name} whose value is a list. */
  private List<Literal> list() {
    if (peek().kind() == Token.Kind.VARIABLE) {
      Token token = next();
      Object value = variable(token);
      List<Literal> values = new ArrayList<>();
      if (value instanceof Collection<?> collection) {
        collection.forEach(item -> values.add(literal(token, item)));
      } else {
        values.add(literal(token, value));
      }
      if (values.isEmpty()) {
        throw error("@" + token.text() + " is an empty list", token);
      }
      return values;
    }
    Token open = next();
    String close = open.is("[") ? "]" : open.is("(") ? ")" : null;
    if (close == null) {
      throw error("expected a list of values, e.g. ['TAB', 'CAP']", open);
    }
    List<Literal> values = new ArrayList<>();
    while (!peek().is(close)) {
      Expr value = unary();
      if (!(value instanceof Literal literal)) {
        throw error("a list holds literal values only", tokens.get(position - 1));
      }
      values.add(literal);
      if (!peek().is(close)) {
        expect(",");
      }
    }
    next();
    if (values.isEmpty()) {
      throw error("the list is empty", open);
    }
    return values;
  }

  private Token peek() {
    return tokens.get(position);
  }

  private Token next() {
    Token token = tokens.get(position);
    if (token.kind() != Token.Kind.END) {
      position++;
    }
    return token;
  }

  private void expect(String symbol) {
    Token token = next();
    if (!token.is(symbol)) {
      throw error("expected '" + symbol + "' but found " + token.describe(), token);
    }
  }

  private void expectEnd() {
    Token token = peek();
    if (token.kind() != Token.Kind.END) {
      throw error("unexpected " + token.describe(), token);
    }
  }

  private ExprSyntaxException error(String problem, Token at) {
    return new ExprSyntaxException(problem, text, at.offset());
  }
}

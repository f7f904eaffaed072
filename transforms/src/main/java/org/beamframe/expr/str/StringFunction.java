package org.beamframe.expr.str;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code input.str.op(args)} on an object column; null stays null. {@code args} are the method's
 * constant arguments (strings, integers or null for SLICE, and a regex flag for CONTAINS and
 * REPLACE); {@link StringAccessor} builds them.
 * Non-object input fails at type-check with an {@link ExprTypeException}; an invalid regular
 * expression fails when the expression is compiled, with an {@link IllegalArgumentException}.
 *
 * @param input the object (text) expression
 * @param op the method
 * @param args the method's constant arguments, in {@link StringAccessor}'s order
 * @serial exclude
 */
public record StringFunction(Expr input, StringOp op, List<Object> args) implements Expr {
  /**
   * Copies the arguments into an unmodifiable list that may hold null.
   *
   * @param input the object (text) expression
   * @param op the method
   * @param args the method's constant arguments
   */
  public StringFunction {
    // Arguments may be null (a slice without a bound), which List.copyOf refuses.
    args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    if (in != DType.OBJECT) {
      throw new ExprTypeException("cannot use .str." + op + " on " + input + " (" + in
          + "); .str works on object (text) columns");
    }
    return op.result();
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    Pattern pattern = regex();
    Object[] arguments = args.toArray();
    StringOp method = op;
    Evaluator value = input.compile(schema);
    return row -> {
      Object text = value.eval(row);
      return text == null ? null : method.apply((String) text, arguments, pattern);
    };
  }

  private Pattern regex() {
    boolean regex = (op == StringOp.CONTAINS || op == StringOp.REPLACE) && Boolean.TRUE.equals(args.get(args.size() - 1));
    if (!regex) {
      return null;
    }
    try {
      return Pattern.compile((String) args.get(0));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(".str." + op + ": " + args.get(0) + " is not a regular expression ("
          + e.getDescription() + "); pass regex=False to match it as plain text");
    }
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".str." + op + "(" + args.stream().map(StringFunction::show).collect(Collectors.joining(", ")) + ")";
  }

  private static String show(Object arg) {
    return arg instanceof String text ? "'" + text.replace("'", "\\'") + "'" : String.valueOf(arg);
  }
}

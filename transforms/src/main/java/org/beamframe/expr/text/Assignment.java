package org.beamframe.expr.text;

import org.beamframe.expr.Expr;

/** One line of an eval text: {@code name = expr}. */
public record Assignment(String name, Expr expr) {}

package org.beamframe.expr.text;

import org.beamframe.expr.Expr;

/**
 * One line of an eval text: {@code name = expr}.
 *
 * @param name the column to add, or to replace if it exists (as pandas' assign)
 * @param expr the expression that computes it
 */
public record Assignment(String name, Expr expr) {}

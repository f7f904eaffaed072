package org.beamframe.rows;

import static org.beamframe.expr.Expressions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;

/** A program's schema is its steps' schemas applied in turn; its compiled rows have the output's width. */
class RowProgramTest {
  private static final FrameSchema INPUT = FrameSchema.of(new FrameField("a", DType.INT64),
      new FrameField("s", DType.OBJECT));

  @Test
  void theSchemaIsEachStepsInTurnWhetherAssignmentsAreCollectedOrNot() {
    RowProgram program = RowProgram.of(
        new AssignStep("x", col("a").mul(2)),              // new, reads the input
        new AssignStep("a", col("a").astype("float64")),    // replaced, reads the input
        new AssignStep("y", col("x").add(1)),               // reads a new column
        new AssignStep("z", col("a").add(1)),               // reads a replaced one: float64
        new FilterStep(col("y").gt(3)),
        new SelectStep(List.of("z", "s", "x")),
        new AssignStep("w", col("s").str().upper()));
    FrameSchema stepwise = INPUT;
    for (RowStep step : program.steps()) {
      stepwise = step.outputSchema(stepwise);
    }
    assertEquals(stepwise, program.outputSchema(INPUT));
    assertEquals(FrameSchema.of(new FrameField("z", DType.FLOAT64), new FrameField("s", DType.OBJECT),
        new FrameField("x", DType.INT64), new FrameField("w", DType.OBJECT)), program.outputSchema(INPUT));
    // An unknown column is reported with every column there is at that step, the new ones too.
    RowProgram unknown = RowProgram.of(new AssignStep("x", col("a").mul(2)), new AssignStep("y", col("nope")));
    ColumnNotFoundException missing = assertThrows(ColumnNotFoundException.class, () -> unknown.outputSchema(INPUT));
    ColumnNotFoundException stepByStep = assertThrows(ColumnNotFoundException.class,
        () -> unknown.steps().get(1).outputSchema(unknown.steps().get(0).outputSchema(INPUT)));
    assertEquals(stepByStep.getMessage(), missing.getMessage());
  }

  @Test
  void aProgramAddingSeveralColumnsGivesRowsOfItsOutputWidth() {
    RowProgram program = RowProgram.of(new AssignStep("x", col("a").add(1)), new AssignStep("y", col("a").add(2)),
        new AssignStep("z", col("x").mul(col("y"))), new FilterStep(col("z").gt(10)),
        new SelectStep(List.of("z", "s")));
    RowFunction compiled = program.compile(INPUT);
    // By hand: a = 3 gives x = 4, y = 5, z = 20, kept; a = 1 gives z = 2 * 3 = 6, filtered out.
    assertArrayEquals(new Object[] {20L, "t"}, compiled.apply(new Object[] {3L, "t"}));
    assertNull(compiled.apply(new Object[] {1L, "u"}));
    RowFunction added = RowProgram.of(new AssignStep("x", col("a").add(1)), new AssignStep("y", col("x").add(1)))
        .compile(INPUT);
    assertArrayEquals(new Object[] {1L, "v", 2L, 3L}, added.apply(new Object[] {1L, "v"}));
  }
}

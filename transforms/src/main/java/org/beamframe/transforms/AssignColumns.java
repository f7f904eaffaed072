package org.beamframe.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code assign}: computes columns from expressions, in order, each seeing the ones before
 * it. A new name is appended; an existing name is replaced in place, keeping its position.
 */
public final class AssignColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** One {@code name = expr}. */
  public record Assignment(String name, Expr expr) implements java.io.Serializable {}

  private final List<Assignment> assignments;

  private AssignColumns(List<Assignment> assignments) {
    this.assignments = List.copyOf(assignments);
  }

  public static AssignColumns of(String name, Expr expr) {
    return new AssignColumns(List.of(new Assignment(name, expr)));
  }

  /** This transform followed by one more assignment. */
  public AssignColumns and(String name, Expr expr) {
    List<Assignment> more = new ArrayList<>(assignments);
    more.add(new Assignment(name, expr));
    return new AssignColumns(more);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    FrameSchema schema = BeamSchemas.fromBeam(input.getSchema());
    int inputWidth = schema.size();
    Evaluator[] evaluators = new Evaluator[assignments.size()];
    int[] targets = new int[assignments.size()];
    for (int i = 0; i < assignments.size(); i++) {
      Assignment assignment = assignments.get(i);
      evaluators[i] = assignment.expr().compile(schema);
      schema = schema.with(assignment.name(), assignment.expr().type(schema));
      targets[i] = schema.indexOf(assignment.name());
    }
    Schema output = BeamSchemas.toBeam(schema);
    return input.apply("Assign", ParDo.of(new AssignFn(evaluators, targets, inputWidth, output)))
        .setRowSchema(output);
  }

  private static final class AssignFn extends DoFn<Row, Row> {
    private final Evaluator[] evaluators;
    private final int[] targets;
    private final int inputWidth;
    private final Schema output;

    AssignFn(Evaluator[] evaluators, int[] targets, int inputWidth, Schema output) {
      this.evaluators = evaluators;
      this.targets = targets;
      this.inputWidth = inputWidth;
      this.output = output;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<Row> out) {
      Object[] values = new Object[output.getFieldCount()];
      for (int i = 0; i < inputWidth; i++) {
        values[i] = row.getValue(i);
      }
      for (int i = 0; i < evaluators.length; i++) {
        values[targets[i]] = evaluators[i].eval(index -> values[index]);
      }
      out.output(Rows.of(output, values));
    }
  }
}

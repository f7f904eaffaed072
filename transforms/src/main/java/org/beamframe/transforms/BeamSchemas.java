package org.beamframe.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.logicaltypes.SqlTypes;
import org.apache.beam.sdk.values.Row;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * Converts between BeamFrame's schemas and Beam row schemas; every field is nullable, as in pandas.
 * The dtypes map to Beam field types one to one: object to {@code STRING}, int64 to {@code INT64},
 * float64 to {@code DOUBLE}, bool to {@code BOOLEAN} and datetime64 to the logical type
 * {@code SqlTypes.DATETIME} (a {@code LocalDateTime}).
 *
 * <pre>{@code
 * Schema schema = BeamSchemas.toBeam(FrameSchema.of(
 *     new FrameField("state", DType.OBJECT), new FrameField("grams", DType.FLOAT64)));
 * PCollection<Row> rows = pipeline.apply(Create.of(BeamSchemas.rows(schema, List.of(
 *     List.of("OH", 1.5), Arrays.asList("WV", null)))).withRowSchema(schema));
 * }</pre>
 */
public final class BeamSchemas {
  private BeamSchemas() {}

  /**
   * The Beam schema of rows with these columns, every field nullable.
   *
   * @param schema BeamFrame's columns and dtypes
   * @return a Beam schema with the same field names, in the same order
   */
  public static Schema toBeam(FrameSchema schema) {
    Schema.Builder builder = Schema.builder();
    for (FrameField field : schema.fields()) {
      builder.addField(field.name(), fieldType(field.type()).withNullable(true));
    }
    return builder.build();
  }

  /**
   * The BeamFrame columns of a Beam row schema, e.g. of a {@code PCollection<Row>} made elsewhere.
   * Whether a field is nullable does not matter: every dtype is.
   *
   * @param schema a Beam schema of {@code STRING}, {@code INT64}, {@code DOUBLE}, {@code BOOLEAN}
   *     and {@code SqlTypes.DATETIME} fields
   * @return the same columns with their dtypes
   * @throws IllegalArgumentException if a field has another type (the message names the field and
   *     the types supported)
   */
  public static FrameSchema fromBeam(Schema schema) {
    List<FrameField> fields = new ArrayList<>();
    for (Schema.Field field : schema.getFields()) {
      fields.add(new FrameField(field.getName(), dtype(field)));
    }
    return FrameSchema.of(fields);
  }

  /**
   * Values in schema order (null for missing) as Beam rows of {@code schema}.
   *
   * @param schema the rows' schema, e.g. from {@link #toBeam}
   * @param rows one list of values per row, each value of its field's Java type ({@code String},
   *     {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDateTime}) or {@code null}
   * @return the rows, in the same order
   */
  public static List<Row> rows(Schema schema, List<List<Object>> rows) {
    return rows.stream().map(values -> Row.withSchema(schema).addValues(values).build()).toList();
  }

  static FieldType fieldType(DType type) {
    return switch (type) {
      case OBJECT -> FieldType.STRING;
      case INT64 -> FieldType.INT64;
      case FLOAT64 -> FieldType.DOUBLE;
      case BOOL -> FieldType.BOOLEAN;
      case DATETIME64 -> FieldType.logicalType(SqlTypes.DATETIME);
    };
  }

  private static DType dtype(Schema.Field field) {
    FieldType type = field.getType();
    if (type.getTypeName() == Schema.TypeName.LOGICAL_TYPE
        && SqlTypes.DATETIME.getIdentifier().equals(type.getLogicalType().getIdentifier())) {
      return DType.DATETIME64;
    }
    return switch (type.getTypeName()) {
      case STRING -> DType.OBJECT;
      case INT64 -> DType.INT64;
      case DOUBLE -> DType.FLOAT64;
      case BOOLEAN -> DType.BOOL;
      default -> throw new IllegalArgumentException(
          "field " + field.getName() + " has Beam type " + type
              + ", which BeamFrame does not support; use STRING, INT64, DOUBLE, BOOLEAN or SqlTypes.DATETIME");
    };
  }
}

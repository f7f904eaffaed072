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

/** Converts between BeamFrame's schemas and Beam row schemas; every field is nullable, as in pandas. */
public final class BeamSchemas {
  private BeamSchemas() {}

  public static Schema toBeam(FrameSchema schema) {
    Schema.Builder builder = Schema.builder();
    for (FrameField field : schema.fields()) {
      builder.addField(field.name(), fieldType(field.type()).withNullable(true));
    }
    return builder.build();
  }

  public static FrameSchema fromBeam(Schema schema) {
    List<FrameField> fields = new ArrayList<>();
    for (Schema.Field field : schema.getFields()) {
      fields.add(new FrameField(field.getName(), dtype(field)));
    }
    return FrameSchema.of(fields);
  }

  /** Values in schema order (null for missing) as Beam rows of {@code schema}. */
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

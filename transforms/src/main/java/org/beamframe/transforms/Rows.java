package org.beamframe.transforms;

import java.util.Arrays;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/** Builds rows from value arrays the transforms have already checked against the schema. */
final class Rows {
  private Rows() {}

  static Row of(Schema schema, Object[] values) {
    return Row.withSchema(schema).attachValues(Arrays.asList(values));
  }
}

package org.beamframe.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSchemaTest {
  private final FrameSchema schema = FrameSchema.of(
      new FrameField("BUYER_STATE", DType.OBJECT), new FrameField("BUYER_COUNTY", DType.OBJECT),
      new FrameField("DOSAGE_UNIT", DType.FLOAT64));

  @Test
  void unknownColumnSuggestsTheClosestNameAndListsAll() {
    ColumnNotFoundException e = assertThrows(ColumnNotFoundException.class, () -> schema.indexOf("BUYER_CNTY"));
    assertEquals("column \"BUYER_CNTY\" not found; did you mean BUYER_COUNTY? columns are "
        + "[BUYER_STATE, BUYER_COUNTY, DOSAGE_UNIT]", e.getMessage());
  }

  @Test
  void unrelatedNameGetsNoSuggestion() {
    ColumnNotFoundException e = assertThrows(ColumnNotFoundException.class, () -> schema.indexOf("year"));
    assertEquals("column \"year\" not found columns are [BUYER_STATE, BUYER_COUNTY, DOSAGE_UNIT]", e.getMessage());
  }

  @Test
  void withReplacesInPlaceOrAppends() {
    FrameSchema replaced = schema.with("BUYER_COUNTY", DType.INT64);
    assertEquals(List.of("BUYER_STATE", "BUYER_COUNTY", "DOSAGE_UNIT"), replaced.names());
    assertEquals(DType.INT64, replaced.typeOf("BUYER_COUNTY"));
    assertEquals(List.of("BUYER_STATE", "BUYER_COUNTY", "DOSAGE_UNIT", "year"), schema.with("year", DType.INT64).names());
  }

  @Test
  void selectKeepsTheGivenOrder() {
    assertEquals(List.of("DOSAGE_UNIT", "BUYER_STATE"), schema.select(List.of("DOSAGE_UNIT", "BUYER_STATE")).names());
  }

  @Test
  void duplicateNamesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> FrameSchema.of(new FrameField("a", DType.INT64), new FrameField("a", DType.OBJECT)));
  }

  @Test
  void pandasDtypeNamesParse() {
    assertEquals(DType.OBJECT, DType.parse("object"));
    assertEquals(DType.FLOAT64, DType.parse("float64"));
    assertEquals(DType.INT64, DType.parse("Int64"));
    assertEquals(DType.BOOL, DType.parse("bool"));
    assertEquals(DType.DATETIME64, DType.parse("datetime64[ns]"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DType.parse("float32"));
    assertEquals(true, e.getMessage().startsWith("dtype \"float32\" is not supported; use one of ["));
  }
}

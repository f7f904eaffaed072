package org.beamframe.csv;

import java.util.Set;
import org.beamframe.types.DType;

/**
 * Infers one column's dtype from sampled texts the way pandas does: int64 if every value is an
 * integer and none is missing, float64 if every value is a number (or all are missing), bool for
 * True/False, object otherwise.
 */
final class DtypeInference {
  private final Set<String> naValues;
  private boolean sawMissing;
  private boolean sawValue;
  private boolean allInt = true;
  private boolean allNumber = true;
  private boolean allBool = true;

  DtypeInference(Set<String> naValues) {
    this.naValues = naValues;
  }

  void accept(String text) {
    if (naValues.contains(text)) {
      sawMissing = true;
      return;
    }
    sawValue = true;
    if (allInt && CellParser.parse(DType.INT64, text) == CellParser.INVALID) {
      allInt = false;
    }
    if (allNumber && CellParser.parse(DType.FLOAT64, text) == CellParser.INVALID) {
      allNumber = false;
    }
    if (allBool && CellParser.parse(DType.BOOL, text) == CellParser.INVALID) {
      allBool = false;
    }
  }

  DType result() {
    if (!sawValue) {
      return sawMissing ? DType.FLOAT64 : DType.OBJECT;
    }
    if (allInt) {
      return sawMissing ? DType.FLOAT64 : DType.INT64;
    }
    if (allNumber) {
      return DType.FLOAT64;
    }
    return allBool && !sawMissing ? DType.BOOL : DType.OBJECT;
  }
}

package org.beamframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;

/** A computed table as people use it: records as maps, typed columns, and pandas' printed frame. */
class LocalTableTest {
  private static final FrameSchema SCHEMA = FrameSchema.of(List.of(new FrameField("state", DType.OBJECT),
      new FrameField("n", DType.INT64), new FrameField("pills", DType.FLOAT64),
      new FrameField("when", DType.DATETIME64), new FrameField("ok", DType.BOOL)));
  private static final LocalTable TABLE = new LocalTable(SCHEMA, List.of(
      List.of("OH", 3L, 1.5, LocalDateTime.of(2014, 8, 17, 0, 0), true),
      Arrays.asList("WV", null, null, null, null)));

  @Test
  void recordsAsMapsInColumnOrder() {
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("state", "WV");
    second.put("n", null);
    second.put("pills", null);
    second.put("when", null);
    second.put("ok", null);
    assertEquals(List.of(Map.of("state", "OH", "n", 3L, "pills", 1.5, "when", LocalDateTime.of(2014, 8, 17, 0, 0),
        "ok", true), second), TABLE.toMaps());
    assertEquals(List.of("state", "n", "pills", "when", "ok"), new ArrayList<>(TABLE.toMaps().get(0).keySet()));
  }

  @Test
  void typedColumnsAndAWrongTypeNamed() {
    assertEquals(Arrays.asList(3L, null), TABLE.column("n", Long.class));
    assertEquals(Arrays.asList(1.5, null), TABLE.column("pills", Double.class));
    assertEquals(List.of("OH", "WV"), TABLE.column("state", String.class));
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> TABLE.column("n", Double.class));
    assertEquals("column n is int64, whose values are Long, not Double: ask for column(\"n\", Long.class)",
        wrong.getMessage());
  }

  /** In pandas' style for a frame read by read_csv: right-aligned, missing as NaN, NaT or <NA>; the size last. */
  @Test
  void printsAsAnAlignedTable() {
    assertEquals("   state     n  pills                 when    ok\n"
        + "0     OH     3    1.5  2014-08-17 00:00:00  True\n"
        + "1     WV  <NA>    NaN                  NaT  <NA>\n"
        + "\n"
        + "[2 rows x 5 columns]", TABLE.toString());
  }

  @Test
  void aLongTableShowsItsFirstAndLastTenRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (long i = 0; i < 25; i++) {
      rows.add(List.of(i));
    }
    LocalTable table = new LocalTable(FrameSchema.of(List.of(new FrameField("n", DType.INT64))), rows);
    assertEquals("     n\n 0   0\n 1   1\n 2   2\n 3   3\n 4   4\n 5   5\n 6   6\n 7   7\n 8   8\n 9   9\n...  ...\n"
        + "15  15\n16  16\n17  17\n18  18\n19  19\n20  20\n21  21\n22  22\n23  23\n24  24\n\n[25 rows x 1 column]",
        table.toString());
  }
}

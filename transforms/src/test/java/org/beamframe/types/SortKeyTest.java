package org.beamframe.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Natural order with missing values last, and the order of a list of categories (pandas' ordered Categorical). */
class SortKeyTest {
  @Test
  void naturalOrderPutsMissingValuesLastInEitherDirection() {
    List<Object> values = new ArrayList<>(Arrays.asList(3L, null, 1L, 2L));
    values.sort(SortKey.ascending("n")::compare);
    assertEquals(Arrays.asList(1L, 2L, 3L, null), values);
    values.sort(SortKey.descending("n")::compare);
    assertEquals(Arrays.asList(3L, 2L, 1L, null), values);
    assertEquals("n desc", SortKey.descending("n").toString());
  }

  @Test
  void categoriesOrderValuesByTheirPositionAndOthersLast() {
    SortKey statistics = SortKey.inOrder("statistic", List.of("count", "mean", "std", "min", "25%", "max"));
    List<Object> values = new ArrayList<>(Arrays.asList("max", "25%", null, "count", "other", "std", "mean", "min"));
    values.sort(statistics::compare);
    assertEquals(Arrays.asList("count", "mean", "std", "min", "25%", "max", null, "other"), values);
    assertTrue(statistics.ascending());
    assertEquals("statistic in [count, mean, std, min, 25%, max]", statistics.toString());
    // The two-argument key is the natural order, equal to the factory's.
    assertEquals(SortKey.ascending("n"), new SortKey("n", true, List.of()));
  }
}

package org.beamframe.agg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Quartiles as pandas interpolates them while every value is kept; the documented rank error and memory past that. */
class QuantileSketchTest {
  private static final double[] QUARTILES = {0.25, 0.5, 0.75};

  @Test
  void belowItsCapacityQuantilesAreExactAsPandasInterpolates() {
    QuantileSketch sketch = new QuantileSketch(16);
    for (double value : new double[] {7, 3, 10, 1, Double.NaN, 5, 2, 9, 4, 8, 6}) {
      sketch.add(value);
    }
    // 1..10 (NaN is missing): h = 9p; 25% at h = 2.25 is 3 + 0.25 * (4 - 3); 50% at 4.5; 75% at 6.75 is
    // 8 - 0.25 * (8 - 7), numpy's form for a fraction of at least one half.
    assertTrue(sketch.exact());
    assertEquals(10, sketch.count());
    assertArrayEquals(new Double[] {3.25, 5.5, 7.75}, sketch.quantiles(QUARTILES));
    assertArrayEquals(new Double[] {1.0, 10.0}, sketch.quantiles(0, 1));
    // One value is every quantile; none gives missing ones.
    QuantileSketch one = new QuantileSketch(16);
    one.add(-2.5);
    assertArrayEquals(new Double[] {-2.5, -2.5, -2.5}, one.quantiles(QUARTILES));
    assertArrayEquals(new Double[] {null, null, null}, new QuantileSketch(16).quantiles(QUARTILES));
    assertThrows(IllegalArgumentException.class, () -> one.quantiles(1.5));
  }

  @Test
  void sketchesMergedBelowTheCapacityAreExact() {
    // 75, 99.75, 200, 1000.25 in three parts: 25% at h = 0.75 is 99.75 - 0.25 * 24.75 = 93.5625;
    // 50% is (99.75 + 200) / 2 = 149.875; 75% at 2.25 is 200 + 0.25 * 800.25 = 400.0625 (pandas' values).
    QuantileSketch merged = new QuantileSketch(8);
    QuantileSketch a = new QuantileSketch(8);
    a.add(200);
    QuantileSketch b = new QuantileSketch(8);
    b.add(1000.25);
    b.add(75);
    merged.merge(a);
    merged.merge(b);
    merged.merge(new QuantileSketch(8));
    merged.add(99.75);
    assertTrue(merged.exact());
    assertArrayEquals(new Double[] {93.5625, 149.875, 400.0625}, merged.quantiles(QUARTILES));
    assertThrows(IllegalArgumentException.class, () -> merged.merge(new QuantileSketch(16)));
  }

  @Test
  void pastItsCapacityARankIsWithinTheBoundAndMemoryStaysBounded() {
    int capacity = 64;
    int n = 100_000;
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add((double) i);
    }
    Collections.shuffle(values, new Random(7));
    // Seven workers' sketches, merged: the values are 0..n-1, so a value is its own rank.
    QuantileSketch merged = new QuantileSketch(capacity);
    for (int part = 0; part < 7; part++) {
      QuantileSketch worker = new QuantileSketch(capacity);
      values.subList(part * n / 7, (part + 1) * n / 7).forEach(worker::add);
      merged.merge(worker);
    }
    assertFalse(merged.exact());
    assertEquals(n, merged.count());
    int levels = (int) Math.floor(Math.log(n / (double) capacity) / Math.log(2)) + 1;
    double bound = levels * (double) n / (capacity - 1);
    double[] ps = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1};
    Double[] got = merged.quantiles(ps);
    for (int i = 0; i < ps.length; i++) {
      double exact = (n - 1) * ps[i];
      assertTrue(Math.abs(got[i] - exact) <= bound, "p=" + ps[i] + ": " + got[i] + " vs " + exact + " ± " + bound);
    }
    assertTrue(merged.retained() < capacity * (levels + 1), merged.retained() + " values held");
    // Sorted input, one value at a time, the adversarial order for a compactor: the same bound.
    QuantileSketch sorted = new QuantileSketch(capacity);
    for (int i = 0; i < n; i++) {
      sorted.add(i);
    }
    Double[] fromSorted = sorted.quantiles(ps);
    for (int i = 0; i < ps.length; i++) {
      assertTrue(Math.abs(fromSorted[i] - (n - 1) * ps[i]) <= bound, "sorted p=" + ps[i] + ": " + fromSorted[i]);
    }
    // One sketch fed every value (a worker's whole bundle) holds as little as the merged ones.
    assertTrue(sorted.retained() < capacity * (levels + 1), sorted.retained() + " values held by one sketch");
    QuantileSketch shuffled = new QuantileSketch(capacity);
    values.forEach(shuffled::add);
    assertTrue(shuffled.retained() < capacity * (levels + 1), shuffled.retained() + " values held by one sketch");
  }

  @Test
  void aWrittenSketchReadsBackTheSame() throws IOException {
    QuantileSketch sketch = new QuantileSketch(4);
    for (int i = 0; i < 37; i++) {
      sketch.add(i * 1.5);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    sketch.write(new DataOutputStream(bytes));
    QuantileSketch back = QuantileSketch.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(sketch.count(), back.count());
    assertEquals(sketch.retained(), back.retained());
    assertArrayEquals(sketch.quantiles(QUARTILES), back.quantiles(QUARTILES));
    // Both go on alike: the read sketch keeps the levels' state (which half the next compaction keeps).
    for (int i = 0; i < 20; i++) {
      sketch.add(-i);
      back.add(-i);
    }
    assertArrayEquals(sketch.quantiles(0.1, 0.5, 0.9), back.quantiles(0.1, 0.5, 0.9));
  }
}

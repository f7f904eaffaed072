package org.beamframe.runners.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real number of counties (or county equivalents) of each of the 50 states and DC, 3,142 in
 * all, as the ARCOS data's BUYER_STATE and BUYER_COUNTY cover them. A few real county names keep the
 * real file's traps (an apostrophe, a space); the others are numbered.
 */
final class UsCounties {
  /** State, county count (US Census, 2010). */
  private static final Object[][] COUNTS = {
      {"AL", 67}, {"AK", 29}, {"AZ", 15}, {"AR", 75}, {"CA", 58}, {"CO", 64}, {"CT", 8}, {"DE", 3}, {"DC", 1},
      {"FL", 67}, {"GA", 159}, {"HI", 5}, {"ID", 44}, {"IL", 102}, {"IN", 92}, {"IA", 99}, {"KS", 105},
      {"KY", 120}, {"LA", 64}, {"ME", 16}, {"MD", 24}, {"MA", 14}, {"MI", 83}, {"MN", 87}, {"MS", 82},
      {"MO", 115}, {"MT", 56}, {"NE", 93}, {"NV", 17}, {"NH", 10}, {"NJ", 21}, {"NM", 33}, {"NY", 62},
      {"NC", 100}, {"ND", 53}, {"OH", 88}, {"OK", 77}, {"OR", 36}, {"PA", 67}, {"RI", 5}, {"SC", 46},
      {"SD", 66}, {"TN", 95}, {"TX", 254}, {"UT", 29}, {"VT", 14}, {"VA", 133}, {"WA", 39}, {"WV", 55},
      {"WI", 72}, {"WY", 23}};
  private static final Map<String, List<String>> NAMED = Map.of(
      "OH", List.of("FRANKLIN", "CUYAHOGA", "HAMILTON", "SCIOTO", "LAWRENCE"),
      "WV", List.of("CABELL", "LOGAN", "MINGO", "WAYNE"),
      "KY", List.of("PIKE", "FLOYD", "PERRY"),
      "VA", List.of("LEE", "WISE"),
      "PA", List.of("ALLEGHENY", "PHILADELPHIA"),
      "IA", List.of("O'BRIEN", "POLK"),
      "DC", List.of("DISTRICT OF COLUMBIA"),
      "LA", List.of("ST. JOHN THE BAPTIST"));

  /** One county: its state and name. */
  record County(String state, String name) {}

  private UsCounties() {}

  /** Every county, state by state; within a state the named ones first (the most populous, in the draw). */
  static List<County> all() {
    List<County> counties = new ArrayList<>();
    for (Object[] state : COUNTS) {
      String code = (String) state[0];
      int count = (Integer) state[1];
      List<String> named = NAMED.getOrDefault(code, List.of());
      for (int i = 0; i < count; i++) {
        counties.add(new County(code, i < named.size() ? named.get(i) : "COUNTY " + (i + 1)));
      }
    }
    return counties;
  }
}

package org.beamframe.types;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/** The pandas-like dtypes a column can have. Every dtype is nullable, as in pandas' nullable arrays. */
public enum DType {
  /** pandas' {@code object}: text, held as a {@link String}. */
  OBJECT("object", String.class),
  /** pandas' {@code int64}: a 64-bit integer, held as a {@link Long}. */
  INT64("int64", Long.class),
  /** pandas' {@code float64}: a double, held as a {@link Double}. */
  FLOAT64("float64", Double.class),
  /** pandas' {@code bool}: held as a {@link Boolean}. */
  BOOL("bool", Boolean.class),
  /** pandas' {@code datetime64[ns]}: a date-time without time zone, held as a {@link LocalDateTime}. */
  DATETIME64("datetime64[ns]", LocalDateTime.class);

  private static final Map<String, DType> ALIASES =
      Map.ofEntries(
          Map.entry("object", OBJECT),
          Map.entry("str", OBJECT),
          Map.entry("string", OBJECT),
          Map.entry("int64", INT64),
          Map.entry("int", INT64),
          Map.entry("Int64", INT64),
          Map.entry("float64", FLOAT64),
          Map.entry("float", FLOAT64),
          Map.entry("Float64", FLOAT64),
          Map.entry("bool", BOOL),
          Map.entry("boolean", BOOL),
          Map.entry("datetime64", DATETIME64),
          Map.entry("datetime64[ns]", DATETIME64),
          Map.entry("datetime", DATETIME64));

  private final String pandasName;
  private final Class<?> javaType;

  DType(String pandasName, Class<?> javaType) {
    this.pandasName = pandasName;
    this.javaType = javaType;
  }

  /**
   * Parses a pandas dtype name such as {@code "float64"}, {@code "object"} or {@code "Int64"}.
   * Accepted, after trimming blanks and then also in lower case: object, str, string; int64, int,
   * Int64; float64, float, Float64; bool, boolean; datetime64, datetime64[ns], datetime.
   *
   * @param name the dtype name
   * @return the dtype
   * @throws IllegalArgumentException if the name is not one of these; the message lists them
   */
  public static DType parse(String name) {
    DType type = ALIASES.get(name.trim());
    if (type == null) {
      type = ALIASES.get(name.trim().toLowerCase(Locale.ROOT));
    }
    if (type == null) {
      throw new IllegalArgumentException(
          "dtype \"" + name + "\" is not supported; use one of " + ALIASES.keySet().stream().sorted().toList());
    }
    return type;
  }

  /**
   * The name pandas prints for this dtype, also this constant's {@code toString()}.
   *
   * @return e.g. {@code "float64"} or {@code "datetime64[ns]"}
   */
  public String pandasName() {
    return pandasName;
  }

  /**
   * The Java class that holds a non-null value of this dtype.
   *
   * @return {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code LocalDateTime}
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * Whether arithmetic applies: int64 and float64 are numeric; bool is not.
   *
   * @return true for {@link #INT64} and {@link #FLOAT64}
   */
  public boolean isNumeric() {
    return this == INT64 || this == FLOAT64;
  }

  @Override
  public String toString() {
    return pandasName;
  }
}

package org.beamframe.types;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/** The pandas-like dtypes a column can have. Every dtype is nullable, as in pandas' nullable arrays. */
public enum DType {
  OBJECT("object", String.class),
  INT64("int64", Long.class),
  FLOAT64("float64", Double.class),
  BOOL("bool", Boolean.class),
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

  /** Parses a pandas dtype name such as {@code "float64"}, {@code "object"} or {@code "Int64"}. */
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

  public String pandasName() {
    return pandasName;
  }

  /** The Java class that holds a non-null value of this dtype. */
  public Class<?> javaType() {
    return javaType;
  }

  public boolean isNumeric() {
    return this == INT64 || this == FLOAT64;
  }

  @Override
  public String toString() {
    return pandasName;
  }
}

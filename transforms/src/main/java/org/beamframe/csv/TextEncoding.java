package org.beamframe.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The text encodings a CSV file may be read in (pandas' {@code encoding}). Each keeps every ASCII
 * character as its one ASCII byte and puts no ASCII byte inside another character, so separators,
 * quotes and line ends are found in the bytes before any decoding, also from the middle of a file.
 */
public enum TextEncoding {
  /** UTF-8, the default; a byte order mark at a file's start is dropped. */
  UTF_8("utf-8", StandardCharsets.UTF_8, List.of("utf-8", "utf8", "utf-8-sig", "u8")),
  /** ISO-8859-1 (Latin-1): every byte is the character of the same number. */
  LATIN_1("latin-1", StandardCharsets.ISO_8859_1, List.of("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1")),
  /** Windows-1252, Latin-1 with printable characters (€, ‘, ”, …) in 0x80-0x9F; five bytes there are undefined. */
  CP1252("cp1252", Charset.forName("windows-1252"), List.of("cp1252", "windows-1252"));

  /** The name pandas (Python) gives it. */
  private final String pandasName;
  /** The Java charset that decodes it; undefined or malformed bytes become U+FFFD. */
  private final Charset charset;
  /** The names, lower case with hyphens, that mean it. */
  private final List<String> names;

  TextEncoding(String pandasName, Charset charset, List<String> names) {
    this.pandasName = pandasName;
    this.charset = charset;
    this.names = names;
  }

  /**
   * The encoding that a pandas (Python codec) name means, case-insensitively, hyphens and underscores alike:
   * {@code "latin-1"}, {@code "ISO-8859-1"}, {@code "cp1252"}, {@code "utf_8"}, ...
   *
   * @param name the name, as pandas' {@code encoding=}
   * @return the encoding
   * @throws IllegalArgumentException if {@code name} is not one of these encodings; the message says
   *     why (UTF-16 and UTF-32 are not ASCII-compatible) and lists the names that work
   */
  public static TextEncoding of(String name) {
    String normal = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (TextEncoding encoding : values()) {
      if (encoding.names.contains(normal)) {
        return encoding;
      }
    }
    String supported = "use utf-8, latin-1 (iso-8859-1) or cp1252 (windows-1252), or re-encode the file as UTF-8, "
        + "e.g. iconv -f " + name + " -t utf-8";
    if (normal.startsWith("utf-16") || normal.startsWith("utf-32") || normal.startsWith("utf16")
        || normal.startsWith("utf32") || normal.startsWith("ucs")) {
      throw new IllegalArgumentException("encoding \"" + name + "\" is not supported: its characters take two or "
          + "four bytes, so separators and line ends cannot be found in the bytes of a split; " + supported);
    }
    throw new IllegalArgumentException("encoding \"" + name + "\" is not supported; " + supported);
  }

  /**
   * The name pandas gives this encoding, as error messages and plans show it.
   *
   * @return e.g. {@code "latin-1"}
   */
  public String pandasName() {
    return pandasName;
  }

  /**
   * The Java charset that decodes this encoding.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }
}

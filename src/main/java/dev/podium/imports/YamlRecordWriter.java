package dev.podium.imports;

import dev.podium.load.RecordBinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a record as YAML that {@link RecordBinder} reads back to an equal record, the same record
 * always as the same bytes. Keys follow the record's components, defaults (null, empty, false) are
 * left out, ids stay plain, other text is double-quoted and folded at spaces, and nothing uses
 * anchors or tags.
 */
public final class YamlRecordWriter {
  /** Lines are folded before this column where the text allows it. */
  static final int WIDTH = 100;

  private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** Words YAML 1.1 would read as booleans or null, so they are quoted even when plain-looking. */
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private YamlRecordWriter() {}

  /** The record as a YAML document, after the header comment lines (each without "# "). */
  public static String write(List<String> header, Record value) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append(line.isEmpty() ? "#" : "# " + comment(line)).append('\n'));
    mapping(value, 0, out);
    return out.toString();
  }

  /**
   * One text as a YAML scalar on a single line, as {@link #write} would write it unfolded: plain
   * when it is an id, else double-quoted with escapes.
   */
  public static String scalar(String text) {
    return PLAIN.matcher(text).matches() && !RESERVED.contains(text)
        ? text
        : '"' + escape(text) + '"';
  }

  /**
   * The text made fit for one comment line: a comment cannot escape anything, so line breaks and
   * characters YAML does not allow (controls, non-characters) become spaces.
   */
  public static String comment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks = c == '\n' || c == '\r' || c == 0x85;
      out.append(breaks || (c != '\t' && needsEscape(text, i)) ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * Writes the record's components at {@code indent}; the first key goes on the current line when
   * the record is a list item that follows its "- ".
   */
  private static void mapping(Record value, int indent, StringBuilder out) {
    boolean afterDash = out.length() > 1 && out.charAt(out.length() - 1) != '\n';
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object v = get(value, component);
      if (isDefault(v, component.getType())) {
        continue;
      }
      if (!afterDash) {
        pad(out, indent);
      }
      afterDash = false;
      String key = RecordBinder.keyOf(component);
      out.append(key).append(':');
      value(v, indent, key.length() + 2, out);
    }
  }

  /** Writes a value after "key:" on the current line, nesting below it when it is a block. */
  private static void value(Object v, int indent, int keyWidth, StringBuilder out) {
    if (v instanceof Record nested) {
      out.append('\n');
      mapping(nested, indent + 2, out);
    } else if (v instanceof List<?> list) {
      list(list, indent, keyWidth, out);
    } else {
      out.append(' ');
      scalar(v, indent + keyWidth, indent + 2, out);
      out.append('\n');
    }
  }

  private static void list(List<?> list, int indent, int keyWidth, StringBuilder out) {
    String flow = flow(list);
    if (flow != null && indent + keyWidth + flow.length() <= WIDTH) {
      out.append(' ').append(flow).append('\n');
      return;
    }
    out.append('\n');
    for (Object item : list) {
      pad(out, indent + 2);
      out.append("- ");
      if (item instanceof Record record) {
        mapping(record, indent + 4, out);
      } else {
        scalar(item, indent + 4, indent + 4, out);
        out.append('\n');
      }
    }
  }

  /** The list in flow style, {@code [a, "B c"]}, when every item is a short scalar. */
  private static String flow(List<?> list) {
    StringBuilder flow = new StringBuilder("[");
    for (Object item : list) {
      if (item instanceof Record || item instanceof List) {
        return null;
      }
      StringBuilder one = new StringBuilder();
      scalar(item, 0, 0, one);
      if (one.indexOf("\n") >= 0) {
        return null;
      }
      flow.append(flow.length() > 1 ? ", " : "").append(one);
    }
    return flow.append(']').toString();
  }

  /**
   * Writes a scalar starting at column {@code column}; folded lines of a long string continue at
   * column {@code continuation}.
   */
  private static void scalar(Object v, int column, int continuation, StringBuilder out) {
    if (v instanceof String s) {
      string(s, column, continuation, out);
    } else if (v instanceof Double d) {
      out.append(BigDecimal.valueOf(d).toPlainString());
    } else if (v instanceof LocalDate date) {
      out.append('"').append(date).append('"');
    } else if (v instanceof Enum<?> e) {
      out.append(e.name().toLowerCase(Locale.ROOT));
    } else {
      out.append(v);
    }
  }

  private static void string(String s, int column, int continuation, StringBuilder out) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s)) {
      out.append(s);
      return;
    }
    String quoted = '"' + escape(s) + '"';
    int lineStart = column;
    int from = 0;
    while (lineStart + (quoted.length() - from) > WIDTH) {
      int cut = foldPoint(quoted, from, from + WIDTH - lineStart);
      if (cut < 0) {
        break;
      }
      out.append(quoted, from, cut).append('\n');
      pad(out, continuation);
      from = cut + 1;
      lineStart = continuation;
    }
    out.append(quoted, from, quoted.length());
  }

  /**
   * The last space before {@code limit} where a line may break: a single space between two visible
   * characters, since YAML folds a break back into exactly one space only there.
   */
  private static int foldPoint(String quoted, int from, int limit) {
    for (int i = Math.min(limit, quoted.length() - 2); i > from + 1; i--) {
      if (quoted.charAt(i) == ' ' && quoted.charAt(i - 1) != ' ' && quoted.charAt(i + 1) != ' ') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Escapes for a double-quoted scalar; printable characters, accents included, stay as they are.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (needsEscape(s, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether the character at {@code i} is one YAML does not allow as it is (controls, line
   * separators, a byte-order mark, non-characters, half a surrogate pair).
   */
  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c < 0x20
        || c == 0x7F
        || (c >= 0x80 && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0xFEFF
        || c == 0xFFFE
        || c == 0xFFFF;
  }

  /**
   * Whether the value is what the loader fills in for a missing key. A {@code Boolean} that may be
   * absent is not: its {@code false} is someone's word and must be written.
   */
  private static boolean isDefault(Object v, Class<?> type) {
    return v == null
        || type == boolean.class && Boolean.FALSE.equals(v)
        || (v instanceof List<?> l && l.isEmpty());
  }

  private static void pad(StringBuilder out, int indent) {
    out.append(" ".repeat(indent));
  }

  private static Object get(Record value, RecordComponent component) {
    try {
      return component.getAccessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}

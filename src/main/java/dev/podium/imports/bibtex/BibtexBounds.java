package dev.podium.imports.bibtex;

import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.LiteralValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * Limits a .bib file must keep before its text is expanded. jbibtex reads braces and {@code
 * @string} concatenations by recursion and expands them in full, so a title nested a hundred
 * thousand braces deep overflows its stack, and strings that each double the one before grow
 * past any memory; no real bibliography comes near either limit.
 */
final class BibtexBounds {
  /** Real titles nest braces two or three deep ({@code {The {LaTeX} Companion}}). */
  static final int DEEPEST_BRACES = 32;

  /** Real fields join a handful of parts with {@code #} ({@code jan # "~1"}). */
  static final int MOST_JOINS = 256;

  /** Far beyond any abstract, well within memory. */
  static final long LONGEST_FIELD = 100_000;

  private BibtexBounds() {}

  /**
   * Reports the first brace nested too deep, or the first field that joins too many parts with
   * {@code #}; true when there is neither.
   */
  static boolean nestsShallowly(String text, String name, Diagnostics diagnostics) {
    int depth = 0;
    boolean quoted = false;
    int joins = 0;
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Inside an entry, at its own level, quotes delimit a value, '#' joins two, ',' ends a field.
      boolean entryLevel = depth == 1 && !quoted;
      if (c == '{' && ++depth > DEEPEST_BRACES) {
        diagnostics.error(
            new Location(name, line, column),
            "braces nested more than "
                + DEEPEST_BRACES
                + " deep; a field needs only a few levels,"
                + " so check for braces that are never closed");
        return false;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == '"' && depth == 1) {
        quoted = !quoted;
      } else if (c == ',' && entryLevel) {
        joins = 0;
      } else if (c == '#' && entryLevel && ++joins > MOST_JOINS) {
        diagnostics.error(
            new Location(name, line, column),
            "a field joins more than " + MOST_JOINS + " parts with '#'; write its value in braces");
        return false;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return true;
  }

  /**
   * Reports, at the entry, a field whose {@code @string} macros expand past {@link #LONGEST_FIELD}
   * characters; true when every field stays within it.
   */
  static boolean fieldsStayShort(BibTeXEntry entry, Location at, Diagnostics diagnostics) {
    Map<Value, Long> lengths = new IdentityHashMap<>();
    for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
      if (expandedLength(field.getValue(), lengths) > LONGEST_FIELD) {
        diagnostics.error(
            at,
            "field '"
                + field.getKey().getValue()
                + "' of entry '"
                + entry.getKey().getValue()
                + "' expands to more than "
                + LONGEST_FIELD
                + " characters through @string"
                + " macros; check the @string definitions it uses");
        return false;
      }
    }
    return true;
  }

  /**
   * The length a value expands to, capped just past the limit; computed without recursion, since a
   * chain of concatenations can be as deep as the file is long, and remembered per value, since
   * doubling macros share their parts.
   */
  private static long expandedLength(Value root, Map<Value, Long> lengths) {
    Deque<Value> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Value value = pending.peek();
      if (lengths.containsKey(value)) {
        pending.pop();
        continue;
      }
      Value[] parts = parts(value);
      boolean ready = true;
      for (Value part : parts) {
        if (part != null && !lengths.containsKey(part)) {
          pending.push(part);
          ready = false;
        }
      }
      if (ready) {
        pending.pop();
        lengths.put(value, lengthOf(value, parts, lengths));
      }
    }
    return lengths.get(root);
  }

  private static Value[] parts(Value value) {
    if (value instanceof ConcateValue concat) {
      return new Value[] {concat.getLeft(), concat.getRight()};
    }
    if (value instanceof ReferenceValue reference && reference.getString() != null) {
      return new Value[] {reference.getString().getValue()};
    }
    if (value instanceof CrossReferenceValue crossReference) {
      return new Value[] {crossReference.getValue()};
    }
    return new Value[0];
  }

  private static long lengthOf(Value value, Value[] parts, Map<Value, Long> lengths) {
    if (value instanceof LiteralValue literal) {
      return literal.getString().length();
    }
    long total = 0;
    for (Value part : parts) {
      if (part != null) {
        total = Math.min(LONGEST_FIELD + 1, total + lengths.get(part));
      }
    }
    return total;
  }
}

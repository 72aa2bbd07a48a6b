package dev.podium.imports.bibtex;

import dev.podium.model.LatexText;
import java.util.Map;

/**
 * One BibTeX entry: its key, where its {@code @} is, and its fields by lower-case name as written
 * (macros expanded, cross-referenced fields filled in).
 */
record BibEntry(String key, String type, int line, int column, Map<String, String> fields) {
  BibEntry {
    fields = Map.copyOf(fields);
  }

  /** The field as plain Unicode text, or {@code null} when absent or blank. */
  String text(String name) {
    String raw = fields.get(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = LatexText.plain(raw);
    return text.isEmpty() ? null : text;
  }

  /**
   * The field as written, trimmed, or {@code null}: for URLs, DOIs and ids, which LaTeX rules would
   * mangle.
   */
  String raw(String name) {
    String raw = fields.get(name);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}

package dev.podium.model;

import java.util.List;

/**
 * A stance of the taxonomy: a position that evidence can take, the terms that signal it, and the
 * phrases that look like a term but mean something else (their words never count for it).
 */
public record Stance(
    String id, String label, String summary, List<String> terms, List<String> exclude) {
  public Stance {
    terms = List.copyOf(terms);
    exclude = List.copyOf(exclude);
  }

  /** A stance without exclusions. */
  public Stance(String id, String label, String summary, List<String> terms) {
    this(id, label, summary, terms, List.of());
  }
}

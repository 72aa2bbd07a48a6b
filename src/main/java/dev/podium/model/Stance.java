package dev.podium.model;

import java.util.List;

/** A stance of the taxonomy: a position that evidence can take, and the terms that signal it. */
public record Stance(String id, String label, String summary, List<String> terms) {
  public Stance {
    terms = List.copyOf(terms);
  }
}

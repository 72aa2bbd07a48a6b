package dev.podium.assemble;

import dev.podium.assemble.BriefView.ReferenceView;
import dev.podium.model.Verbatim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences a brief has already shown, in the order it shows them, so that no sentence is
 * printed twice: a record's finding listed after a card that quotes it is left out the second time.
 */
final class Ledger {
  private final List<String> shown = new ArrayList<>();

  void add(String text) {
    if (text != null && !text.isBlank()) {
      shown.add(normal(text));
    }
  }

  /** A shown text at least this long counts as repeated when a later text contains it. */
  private static final int QUOTABLE = 40;

  /** Whether the text, a text that contains it, or a quotable text it contains has been shown. */
  boolean seen(String text) {
    String n = normal(text);
    return shown.stream().anyMatch(s -> s.contains(n) || (s.length() >= QUOTABLE && n.contains(s)));
  }

  /**
   * Whether this is the first time the brief cites the record on a card; it is not the next time.
   */
  boolean firstCard(String evidenceId) {
    return cards.add(evidenceId);
  }

  private final java.util.Set<String> cards = new java.util.HashSet<>();

  private final List<String> reserved = new ArrayList<>();

  private final java.util.Set<String> hedges = new java.util.HashSet<>();

  /** Notes a hedge printed under a line, so that weak spots can point to it. */
  void hedgeShown(String text) {
    hedges.add(normal(text));
  }

  boolean isHedgeShown(String text) {
    return hedges.contains(normal(text));
  }

  /** Keeps a card's warrant for its card: no other part of the brief may print it first. */
  void reserve(String text) {
    if (text != null && !text.isBlank()) {
      reserved.add(normal(text));
    }
  }

  /** Whether the text is, contains or is contained in a warrant kept for a card. */
  boolean reserved(String text) {
    String n = normal(text);
    return reserved.stream().anyMatch(r -> r.contains(n) || n.contains(r));
  }

  /**
   * The record's view, without its finding when that has been shown; the finding then counts as
   * shown.
   */
  ReferenceView fresh(ReferenceView view) {
    if (view.finding() == null) {
      return view;
    }
    if (seen(view.finding())) {
      return view.withoutFinding();
    }
    add(view.finding());
    return view;
  }

  private static String normal(String text) {
    return Verbatim.collapse(text).toLowerCase(Locale.ROOT).replaceAll("[“”\"]", "");
  }
}

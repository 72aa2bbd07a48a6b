package dev.podium.model;

import java.util.List;

/** A curated line of argument for one stance: what the speaker will say and how it is contested. */
public record Theme(
    String stance,
    String headline,
    @Nullable String position,
    List<Argument> arguments,
    List<Counter> counters,
    List<String> questions) {

  public Theme {
    arguments = List.copyOf(arguments);
    counters = List.copyOf(counters);
    questions = List.copyOf(questions);
  }

  /** A claim and the evidence that carries it; the quote, when given, is shown on its card. */
  public record Argument(String claim, List<String> evidence, @Nullable String quote) {
    public Argument {
      evidence = List.copyOf(evidence);
    }
  }

  /** An objection the other side may raise and the speaker's likely response. */
  public record Counter(String objection, String response, List<String> evidence) {
    public Counter {
      evidence = List.copyOf(evidence);
    }
  }
}

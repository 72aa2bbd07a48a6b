package dev.podium.model;

import java.util.List;

/**
 * A line of argument for one stance: what the speaker will say and how it is contested. A theme
 * {@code drafted} by Podium has not been reviewed by a person yet; its {@code draftDigest} is the
 * digest of its content as drafted, which tells a later draft whether a person has edited it.
 */
public record Theme(
    String stance,
    String headline,
    @Nullable String position,
    List<Argument> arguments,
    List<Counter> counters,
    List<String> questions,
    boolean drafted,
    @Nullable String draftDigest) {

  public Theme {
    arguments = List.copyOf(arguments);
    counters = List.copyOf(counters);
    questions = List.copyOf(questions);
  }

  /** A theme written by a person. */
  public Theme(
      String stance,
      String headline,
      @Nullable String position,
      List<Argument> arguments,
      List<Counter> counters,
      List<String> questions) {
    this(stance, headline, position, arguments, counters, questions, false, null);
  }

  /** The same content with other arguments. */
  public Theme withArguments(List<Argument> arguments) {
    return new Theme(
        stance, headline, position, arguments, counters, questions, drafted, draftDigest);
  }

  /**
   * A claim and the evidence that carries it, strongest first; the quote, when given, is shown on
   * its card. A drafted argument is a key point: its evidence is every record of the group.
   */
  public record Argument(String claim, @NonEmpty List<String> evidence, @Nullable String quote) {
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

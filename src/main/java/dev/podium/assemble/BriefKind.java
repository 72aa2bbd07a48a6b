package dev.podium.assemble;

import java.util.List;

/**
 * The brief kinds Podium knows. A kind names its template; it also decides what the brief cites:
 * the handout cites one source per key argument and lists only those, the others cite every
 * argument and counter and list all evidence, and show the evidence profile chart. A user's own
 * template kind is treated like the moderator brief.
 */
public enum BriefKind {
  MODERATOR,
  OPPONENT,
  HANDOUT;

  /** The kinds {@code --kind all} writes, in that order. */
  public static final List<String> ALL = List.of("moderator", "opponent", "handout");

  /** How many key arguments a handout carries. */
  static final int HANDOUT_ARGUMENTS = 4;

  /** Whether briefs of this kind show charts: not the handout, which must fit one page. */
  boolean charted() {
    return this != HANDOUT;
  }

  static BriefKind of(String id) {
    return switch (id) {
      case "opponent" -> OPPONENT;
      case "handout" -> HANDOUT;
      default -> MODERATOR;
    };
  }
}

package dev.podium.judge;

import dev.podium.model.Nullable;
import dev.podium.model.Outcome;
import dev.podium.model.Side;
import java.util.List;

/**
 * How one record bears on the motion and what that rests on: a person's word ({@code curated}, with
 * their reason), or the stances the record asserts or refutes and the words of its abstract that
 * show what it reports.
 */
public record RecordBearing(
    Side side,
    boolean curated,
    @Nullable String curatedReason,
    @Nullable Outcome reported,
    List<String> failureWords,
    List<String> successWords,
    List<StanceCall> calls) {

  public RecordBearing {
    failureWords = List.copyOf(failureWords);
    successWords = List.copyOf(successWords);
    calls = List.copyOf(calls);
  }

  /** What a record does to one stance of the motion. */
  public enum Verdict {
    ASSERTS,
    REFUTES,
    UNCLEAR
  }

  /** One motion stance the record is tagged with, the side it bears and the record's verdict. */
  public record StanceCall(
      String stance, String label, Side side, @Nullable Outcome assertedBy, Verdict verdict) {
    public boolean asserts() {
      return verdict == Verdict.ASSERTS;
    }
  }

  /**
   * Whether the record cuts against a speaker on this side: it bears the opposite way, or, bearing
   * neither way, it reports the opposite of a stance that supports this side.
   */
  public boolean cutsAgainst(Side side) {
    if (side == Side.NEUTRAL) {
      return false;
    }
    return this.side == side.opposite()
        || this.side == Side.NEUTRAL
            && calls.stream().anyMatch(c -> c.verdict() == Verdict.REFUTES && c.side() == side);
  }

  /**
   * The outcome a speaker on {@code side} relies on this record to report: what the record's
   * stances on that side are asserted by ("models can deceive": a failure; "control methods work":
   * a success). When they need both, it is the one the record reports. {@code null} when they do
   * not say (a stance asserted whatever the record reports, such as "jailbreaks work", whose attack
   * "succeeds"), or are none; when the side is undecided or neutral; and for a bearing set by hand.
   */
  public @Nullable Outcome reliedOnBy(@Nullable Side side) {
    if (side == null || side == Side.NEUTRAL) {
      return null;
    }
    List<Outcome> needed =
        calls.stream()
            .filter(c -> c.side() == side && c.assertedBy() != null)
            .map(StanceCall::assertedBy)
            .distinct()
            .toList();
    if (needed.size() == 1) {
      return needed.get(0);
    }
    return needed.contains(reported) ? reported : null;
  }

  static RecordBearing curated(Side side, @Nullable String reason) {
    return new RecordBearing(side, true, reason, null, List.of(), List.of(), List.of());
  }

  static RecordBearing inferred(Side side, OutcomeReader.Reading reading, List<StanceCall> calls) {
    return new RecordBearing(
        side,
        false,
        null,
        reading.outcome(),
        reading.failureWords(),
        reading.successWords(),
        calls);
  }

  /**
   * One line a person can check, e.g. "against: asserts Deception and hidden behaviour (reports a
   * failure: fails, deceptive)"; the words are the data's, the sentence frame is for the terminal.
   */
  public String explain() {
    if (curated) {
      return side.id()
          + ": set by hand"
          + (curatedReason == null ? "" : " (" + curatedReason + ")");
    }
    if (calls.isEmpty()) {
      return side.id() + ": no stance of the motion";
    }
    StringBuilder line = new StringBuilder(side.id()).append(":");
    for (StanceCall call : calls) {
      line.append(' ')
          .append(call.verdict().name().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(call.stance())
          .append(" (")
          .append(call.side().id())
          .append(");");
    }
    line.setLength(line.length() - 1);
    if (reported != null) {
      List<String> words = reported == Outcome.FAILURE ? failureWords : successWords;
      line.append("; reports ")
          .append(reported.id())
          .append(": ")
          .append(String.join(", ", words.subList(0, Math.min(5, words.size()))));
    } else {
      line.append("; reports neither failure nor success");
    }
    return line.toString();
  }
}

package dev.podium.judge;

import dev.podium.model.Bearing;
import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Outcome;
import dev.podium.model.Side;
import dev.podium.model.Taxonomy;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges how each record bears on a motion. A bearing set by hand in {@code evidence.yaml} wins.
 * Otherwise a record supports the side of every motion stance it asserts: it is tagged with the
 * stance and reports what the stance is asserted by (a failure for "models can deceive", a success
 * for "control methods work"; see {@link OutcomeReader}). A record whose finding reports the
 * opposite refutes the stance and supports neither side on its account. Asserted stances on both
 * sides, or none, leave the record neutral. Thread-safe.
 */
public final class BearingJudge {
  private final Motion motion;
  private final Taxonomy taxonomy;

  public BearingJudge(Motion motion, Taxonomy taxonomy) {
    this.motion = motion;
    this.taxonomy = taxonomy;
  }

  public RecordBearing of(Evidence evidence) {
    if (evidence.bearing() != null) {
      return RecordBearing.curated(evidence.bearing(), evidence.bearingReason());
    }
    OutcomeReader.Reading reading =
        OutcomeReader.read(evidence.title(), evidence.finding(), evidence.abstract_());
    List<RecordBearing.StanceCall> calls = new ArrayList<>();
    for (String stance : evidence.stances()) {
      Bearing bearing = motion.bearing(stance);
      if (bearing == null || bearing.side() == Side.NEUTRAL) {
        continue;
      }
      calls.add(
          new RecordBearing.StanceCall(
              stance,
              taxonomy.find(stance) == null ? stance : taxonomy.find(stance).label(),
              bearing.side(),
              bearing.assertedBy(),
              verdict(bearing.assertedBy(), reading)));
    }
    return RecordBearing.inferred(side(calls), reading, calls);
  }

  /**
   * Whether a record asserts, refutes or says nothing on the stance. Refuting takes the finding
   * itself reporting the opposite: an abstract's upbeat framing of a proposal is not a result.
   */
  private static RecordBearing.Verdict verdict(Outcome assertedBy, OutcomeReader.Reading reading) {
    if (assertedBy == null) {
      return RecordBearing.Verdict.ASSERTS;
    }
    Outcome reported = reading.outcome();
    if (reported == assertedBy) {
      return RecordBearing.Verdict.ASSERTS;
    }
    return reported != null && reading.findingOutcome() == reported
        ? RecordBearing.Verdict.REFUTES
        : RecordBearing.Verdict.UNCLEAR;
  }

  private static Side side(List<RecordBearing.StanceCall> calls) {
    boolean forSide = calls.stream().anyMatch(c -> c.asserts() && c.side() == Side.FOR);
    boolean against = calls.stream().anyMatch(c -> c.asserts() && c.side() == Side.AGAINST);
    return forSide == against ? Side.NEUTRAL : forSide ? Side.FOR : Side.AGAINST;
  }
}

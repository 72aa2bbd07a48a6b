package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.EvidenceCopy;
import dev.podium.model.Bearing;
import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Outcome;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BearingJudgeTest {
  private static final Taxonomy TAXONOMY =
      new Taxonomy(
          List.of(
              new Stance("risk", "Risk", "R.", List.of("risk")),
              new Stance("works", "Works", "W.", List.of("works")),
              new Stance("topic", "Topic", "T.", List.of("topic")),
              new Stance("aside", "Aside", "A.", List.of("aside"))));

  private static final Motion MOTION =
      new Motion(
          "m",
          "M",
          "M.",
          List.of(
              new Bearing("risk", Side.AGAINST, "r", Outcome.FAILURE),
              new Bearing("works", Side.FOR, "w", Outcome.SUCCESS),
              new Bearing("topic", Side.AGAINST, "t", null)));

  private final BearingJudge judge = new BearingJudge(MOTION, TAXONOMY);

  @Test
  void aRecordThatReportsTheStancesFailureBearsItsSide() {
    RecordBearing b = judge.of(record("The safeguard fails and the behaviour persists.", "risk"));
    assertThat(b.side()).isEqualTo(Side.AGAINST);
    assertThat(b.calls())
        .singleElement()
        .extracting(RecordBearing.StanceCall::verdict)
        .isEqualTo(RecordBearing.Verdict.ASSERTS);
    assertThat(b.explain()).contains("asserts risk").contains("fails");
  }

  @Test
  void aRecordThatReportsTheOppositeRefutesTheStanceAndBearsNeitherWay() {
    RecordBearing b = judge.of(record("The detector is highly accurate and effective.", "risk"));
    assertThat(b.side()).isEqualTo(Side.NEUTRAL);
    assertThat(b.calls().get(0).verdict()).isEqualTo(RecordBearing.Verdict.REFUTES);
  }

  @Test
  void aStanceOfTheOtherSideCanBeAssertedByTheSameRecord() {
    assertThat(
            judge
                .of(record("The detector is highly accurate and effective.", "risk", "works"))
                .side())
        .isEqualTo(Side.FOR);
  }

  @Test
  void assertingBothSidesOrNothingLeavesTheRecordNeutral() {
    assertThat(judge.of(record("We describe a taxonomy.", "risk")).side()).isEqualTo(Side.NEUTRAL);
    assertThat(judge.of(record("The safeguard fails.", "aside")).side()).isEqualTo(Side.NEUTRAL);
    assertThat(judge.of(record("The detector is accurate.", "topic", "works")).side())
        .isEqualTo(Side.NEUTRAL);
  }

  @Test
  void aStanceWithoutAssertedByBearsItsSideWhateverTheRecordReports() {
    assertThat(judge.of(record("The detector is highly accurate.", "topic")).side())
        .isEqualTo(Side.AGAINST);
  }

  @Test
  void aBearingSetByHandWinsAndKeepsItsReason() {
    Evidence e = record("The safeguard fails.", "risk");
    Evidence curated =
        EvidenceCopy.with(
            e, Map.of("bearing", Side.FOR, "bearingReason", "the failure is in a rival system"));
    RecordBearing b = judge.of(curated);
    assertThat(b.side()).isEqualTo(Side.FOR);
    assertThat(b.curated()).isTrue();
    assertThat(b.explain()).isEqualTo("for: set by hand (the failure is in a rival system)");
  }

  @Test
  void whatASpeakerReliesOnARecordToReportFollowsTheStancesOnHisSide() {
    Evidence both = record("The safeguard fails, yet the detector is accurate.", "risk", "works");
    // Against the motion he needs "risk" asserted: a failure; for it, "works": a success.
    assertThat(judge.of(both).reliedOnBy(Side.AGAINST)).isEqualTo(Outcome.FAILURE);
    assertThat(judge.of(both).reliedOnBy(Side.FOR)).isEqualTo(Outcome.SUCCESS);
    // A stance asserted whatever the record reports does not say which outcome he needs.
    assertThat(
            judge.of(record("The attack is highly successful.", "topic")).reliedOnBy(Side.AGAINST))
        .isNull();
    // No stance on his side, no side, or a bearing set by hand: nothing tells.
    assertThat(judge.of(record("The safeguard fails.", "risk")).reliedOnBy(Side.FOR)).isNull();
    assertThat(judge.of(both).reliedOnBy(null)).isNull();
    assertThat(judge.of(both).reliedOnBy(Side.NEUTRAL)).isNull();
  }

  private static Evidence record(String finding, String... stances) {
    return new Evidence(
        "x",
        "A title",
        List.of("Ada Lovelace"),
        false,
        LocalDate.of(2024, 1, 1),
        "LG",
        null,
        List.of(),
        "Background sentence. " + finding,
        List.of(stances),
        List.of(),
        finding,
        List.of(),
        false,
        false,
        null,
        List.of(),
        null,
        null);
  }
}

package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Side;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Podium's judgement on the labelled speakers, each imported from its raw profile and listing as a
 * new user would: bearings beat calling everything neutral and never put a record on the wrong
 * side, and the likely side is the one a preparer expects.
 */
class JudgementTest {
  @TempDir static Path work;
  static List<JudgementReport.Measured> measured;

  @BeforeAll
  static void importSpeakers() {
    measured =
        LabelledSpeaker.all().stream()
            .map(s -> JudgementReport.Measured.of(s, work.resolve(s.id())))
            .toList();
  }

  @Test
  void noRecordIsJudgedOnTheWrongSide() {
    for (JudgementReport.Measured m : measured) {
      assertThat(m.bearings().confusions())
          .as("%s: %s", m.speaker().id(), m.bearings().misses())
          .isZero();
    }
  }

  @Test
  void bearingsBeatCallingEveryRecordNeutral() {
    for (List<JudgementReport.Measured> set :
        List.of(
            measured.stream().filter(m -> !m.speaker().dev()).toList(),
            measured.stream().filter(m -> m.speaker().dev()).toList())) {
      BearingScores pooled =
          BearingScores.pooled(set.stream().map(JudgementReport.Measured::bearings).toList());
      System.out.printf(
          Locale.ROOT,
          "bearing accuracy %.2f (neutral baseline %.2f) over %d records%n",
          pooled.accuracy(),
          pooled.baselineAccuracy(),
          pooled.records());
      assertThat(pooled.accuracy()).isGreaterThan(pooled.baselineAccuracy() + 0.1);
    }
  }

  @Test
  void eachSpeakerIsPredictedOnTheExpectedSideAndTheEvidenceAgrees() {
    for (JudgementReport.Measured m : measured) {
      Side expected = Side.valueOf(m.speaker().expected().side().toUpperCase(Locale.ROOT));
      assertThat(m.prediction().side()).as(m.speaker().id()).isEqualTo(expected);
      assertThat(m.prediction().evidenceSide())
          .as(m.speaker().id() + " from evidence alone")
          .isEqualTo(expected);
    }
  }
}

package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stance tagging on every labelled speaker, imported as a new user would: macro-F1 at least 0.85 on
 * the seed, on each development speaker and on the development speakers pooled, so that terms
 * written from one listing cannot pass. The figures are printed, seed and dev side by side.
 */
class LabelledStanceTest {
  private static final double TARGET = 0.85;

  @Test
  void macroF1IsAtLeast085OnEachLabelledSpeakerAndOnTheDevSpeakersPooled(@TempDir Path dir) {
    List<StanceScores> dev = new ArrayList<>();
    for (LabelledSpeaker speaker : LabelledSpeaker.all()) {
      List<LabelledSpeaker.Truth> truth = speaker.truth();
      StanceScores scores =
          StanceScores.of(
              truth,
              speaker.inTruthOrder(speaker.dossier(speaker.importInto(dir.resolve(speaker.id())))));
      print(speaker.id() + (speaker.dev() ? " (dev)" : " (seed)"), scores);
      assertThat(scores.macroF1())
          .as("macro-F1 of %s", speaker.id())
          .isGreaterThanOrEqualTo(TARGET);
      if (speaker.dev()) {
        dev.add(scores);
      }
    }
    StanceScores pooled = StanceScores.pooled(dev);
    print("dev, pooled", pooled);
    assertThat(pooled.macroF1())
        .as("macro-F1 of the dev speakers pooled")
        .isGreaterThanOrEqualTo(TARGET);
  }

  private static void print(String name, StanceScores scores) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s", name));
    for (StanceScores.Score s : scores.perStance()) {
      line.append(String.format(Locale.ROOT, "  %s %.2f", s.stance(), s.f1()));
    }
    System.out.println(line.append(String.format(Locale.ROOT, "  macro %.2f", scores.macroF1())));
    scores.misses().forEach(m -> System.out.println("    " + m));
  }
}

package dev.podium.judge;

import dev.podium.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Bearing judged per record against hand labels: accuracy, the accuracy of calling every record
 * neutral, and the for/against confusions, which mislead most.
 */
public record BearingScores(
    int records, int correct, int neutralBaseline, int confusions, List<String> misses) {
  public static BearingScores of(List<LabelledSpeaker.Truth> truth, List<RecordBearing> judged) {
    int correct = 0;
    int baseline = 0;
    int confusions = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < truth.size(); i++) {
      Side expected = truth.get(i).side();
      Side actual = judged.get(i).side();
      correct += expected == actual ? 1 : 0;
      baseline += expected == Side.NEUTRAL ? 1 : 0;
      boolean confused = expected != Side.NEUTRAL && actual == expected.opposite();
      confusions += confused ? 1 : 0;
      if (expected != actual) {
        misses.add(
            (confused ? "CONFUSED " : "")
                + "labelled "
                + expected.id()
                + ", judged "
                + judged.get(i).explain()
                + " — "
                + truth.get(i).title()
                + (truth.get(i).bearing_ambiguous() ? " (label marked ambiguous)" : ""));
      }
    }
    return new BearingScores(truth.size(), correct, baseline, confusions, misses);
  }

  public static BearingScores pooled(List<BearingScores> all) {
    return new BearingScores(
        all.stream().mapToInt(BearingScores::records).sum(),
        all.stream().mapToInt(BearingScores::correct).sum(),
        all.stream().mapToInt(BearingScores::neutralBaseline).sum(),
        all.stream().mapToInt(BearingScores::confusions).sum(),
        all.stream().flatMap(b -> b.misses().stream()).toList());
  }

  public double accuracy() {
    return records == 0 ? 0 : correct / (double) records;
  }

  public double baselineAccuracy() {
    return records == 0 ? 0 : neutralBaseline / (double) records;
  }
}

package dev.podium.judge;

import dev.podium.model.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of stance tags against hand labels, per stance and macro-averaged,
 * leaving out the papers the labels mark ambiguous.
 */
public record StanceScores(List<Score> perStance, List<String> misses) {
  /** The three labelled stances; stances a motion adds on top have no labels to score against. */
  public static final List<String> LABELLED =
      List.of("deception", "unlearning-limits", "governance");

  /** One stance's counts and scores. */
  public record Score(String stance, int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** F1; a stance never labelled and never tagged scores 1, since nothing was missed. */
    public double f1() {
      if (tp + fp + fn == 0) {
        return 1;
      }
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static StanceScores of(List<LabelledSpeaker.Truth> truth, List<Evidence> records) {
    List<Score> scores = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (String stance : LABELLED) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < truth.size(); i++) {
        if (truth.get(i).ambiguous()) {
          continue;
        }
        boolean expected = truth.get(i).stances().contains(stance);
        boolean actual = records.get(i).stances().contains(stance);
        tp += expected && actual ? 1 : 0;
        fp += !expected && actual ? 1 : 0;
        fn += expected && !actual ? 1 : 0;
        if (expected != actual) {
          misses.add(
              (actual ? "false positive " : "false negative ")
                  + stance
                  + ": "
                  + truth.get(i).title()
                  + " "
                  + records.get(i).matchedTerms());
        }
      }
      scores.add(new Score(stance, tp, fp, fn));
    }
    return new StanceScores(scores, misses);
  }

  /** Adds up the counts of several speakers, stance by stance. */
  public static StanceScores pooled(List<StanceScores> all) {
    List<Score> scores = new ArrayList<>();
    for (int s = 0; s < LABELLED.size(); s++) {
      int index = s;
      scores.add(
          new Score(
              LABELLED.get(s),
              all.stream().mapToInt(x -> x.perStance().get(index).tp()).sum(),
              all.stream().mapToInt(x -> x.perStance().get(index).fp()).sum(),
              all.stream().mapToInt(x -> x.perStance().get(index).fn()).sum()));
    }
    return new StanceScores(scores, all.stream().flatMap(x -> x.misses().stream()).toList());
  }

  public double macroF1() {
    return perStance.stream().mapToDouble(Score::f1).average().orElse(0);
  }
}

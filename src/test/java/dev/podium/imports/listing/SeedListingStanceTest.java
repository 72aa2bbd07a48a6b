package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.imports.Slugs;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The stance tagger against the hand-labelled truth, through the listing import: precision,
 * recall and F1 per stance on the entries not marked ambiguous, printed so a change to the
 * taxonomy's terms can be judged.
 */
class SeedListingStanceTest {
  @Test
  void macroF1OnUnambiguousLabelsIsAtLeast085() throws Exception {
    Taxonomy taxonomy =
        new SeedsLoader(SeedsDirectory.onDisk(Path.of("seeds"))).taxonomy(new Diagnostics()).value();
    List<ListingEntry> entries =
        new ListingParser("listing.txt", SeedListingTruth.YEAR, new Diagnostics())
            .parse(Files.readString(SeedListingTruth.LISTING));
    List<Evidence> imported;
    try (StanceTagger tagger = new StanceTagger(taxonomy)) {
      imported = new ListingImporter(tagger).toEvidence(entries, new Slugs(List.of()));
    }
    List<SeedListingTruth.Entry> truth = SeedListingTruth.entries();
    assertThat(imported).hasSameSizeAs(truth);

    double sumF1 = 0;
    // Stances a motion adds on top of the labelled ones have no labels to score against.
    List<Stance> labelled =
        taxonomy.stances().stream()
            .filter(s -> truth.stream().anyMatch(t -> t.stances().contains(s.id())))
            .toList();
    for (Stance stance : labelled) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < truth.size(); i++) {
        if (truth.get(i).ambiguous()) {
          continue;
        }
        boolean expected = truth.get(i).stances().contains(stance.id());
        boolean actual = imported.get(i).stances().contains(stance.id());
        tp += expected && actual ? 1 : 0;
        fp += !expected && actual ? 1 : 0;
        fn += expected && !actual ? 1 : 0;
        if (expected != actual) {
          System.out.printf("  %s %s: %s %s%n", actual ? "false positive" : "false negative",
              stance.id(), truth.get(i).title(), imported.get(i).matchedTerms());
        }
      }
      assertThat(tp + fn).as("%s is labelled somewhere, so its F1 means something", stance.id()).isPositive();
      double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double recall = tp / (double) (tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      sumF1 += f1;
      System.out.printf(Locale.ROOT, "%-18s P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)%n",
          stance.id(), precision, recall, f1, tp, fp, fn);
    }
    double macroF1 = sumF1 / labelled.size();
    System.out.printf(Locale.ROOT, "macro-F1 %.3f%n", macroF1);
    assertThat(macroF1).isGreaterThanOrEqualTo(0.85);
  }
}

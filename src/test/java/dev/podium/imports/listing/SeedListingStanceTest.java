package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.imports.Slugs;
import dev.podium.judge.LabelledSpeaker;
import dev.podium.judge.StanceScores;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import dev.podium.model.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The stance tagger against the hand-labelled truth, through the listing import: precision, recall
 * and F1 per stance on the entries not marked ambiguous, printed so a change to the taxonomy's
 * terms can be judged.
 */
class SeedListingStanceTest {
  @Test
  void macroF1OnUnambiguousLabelsIsAtLeast085() throws Exception {
    Taxonomy taxonomy =
        new SeedsLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .taxonomy(new Diagnostics())
            .value();
    List<ListingEntry> entries =
        new ListingParser("listing.txt", SeedListingTruth.YEAR, new Diagnostics())
            .parse(Files.readString(SeedListingTruth.LISTING));
    List<Evidence> imported =
        new ListingImporter(new StanceTagger(taxonomy)).toEvidence(entries, new Slugs(List.of()));
    LabelledSpeaker seed = LabelledSpeaker.all().get(0);
    List<LabelledSpeaker.Truth> truth = seed.truth();
    assertThat(imported).hasSameSizeAs(truth);

    StanceScores scores = StanceScores.of(truth, imported);
    scores.misses().forEach(m -> System.out.println("  " + m));
    for (StanceScores.Score score : scores.perStance()) {
      assertThat(score.tp() + score.fn())
          .as("%s is labelled somewhere, so its F1 means something", score.stance())
          .isPositive();
      System.out.printf(
          Locale.ROOT,
          "%-18s P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)%n",
          score.stance(),
          score.precision(),
          score.recall(),
          score.f1(),
          score.tp(),
          score.fp(),
          score.fn());
    }
    double macroF1 = scores.macroF1();
    System.out.printf(Locale.ROOT, "macro-F1 %.3f%n", macroF1);
    assertThat(macroF1).isGreaterThanOrEqualTo(0.85);
  }
}

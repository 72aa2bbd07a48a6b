package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostics;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed listing reads exactly as the hand-checked truth file says, entry by entry. */
class SeedListingParseTest {
  @Test
  void everyEntryMatchesTheTruthFile() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    List<ListingEntry> entries =
        new ListingParser("listing.txt", SeedListingTruth.YEAR, diagnostics)
            .parse(Files.readString(SeedListingTruth.LISTING));
    List<SeedListingTruth.Entry> truth = SeedListingTruth.entries();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(entries).hasSize(truth.size());
    for (int i = 0; i < truth.size(); i++) {
      SeedListingTruth.Entry t = truth.get(i);
      ListingEntry e = entries.get(i);
      String where = "entry " + t.index() + " (" + t.title() + ")";
      assertThat(e.headline().title()).as(where).isEqualTo(t.title());
      assertThat(e.headline().authors()).as(where).isEqualTo(t.authors());
      assertThat(e.headline().etAl()).as(where).isEqualTo(t.et_al());
      assertThat(e.headline().affiliations()).as(where).isEqualTo(t.affiliations());
      assertThat(e.meta().score()).as(where).isEqualTo(t.score());
      assertThat(e.meta().category()).as(where).isEqualTo(t.category());
      assertThat(e.meta().date()).as(where).hasToString(t.date());
      assertThat(e.meta().code()).as(where).isEqualTo(t.code());
      assertThat(e.abstract_()).as(where).startsWith(t.abstract_first_words());
      assertThat(e.at().line()).as(where).isEqualTo(3 * i + 1);
    }
  }
}

package dev.podium.imports.listing;

import dev.podium.imports.Slugs;
import dev.podium.judge.FindingPicker;
import dev.podium.judge.StanceTagger;
import dev.podium.model.Evidence;
import java.util.List;

/**
 * Turns listing entries into evidence records: a slug id, the finding and quotes picked from the
 * abstract, and stances tagged from the taxonomy. Nothing curated (key, url, links) is invented.
 */
final class ListingImporter {
  private final StanceTagger tagger;

  ListingImporter(StanceTagger tagger) {
    this.tagger = tagger;
  }

  /** One record per entry, in listing order; ids are made unique through {@code slugs}. */
  List<Evidence> toEvidence(List<ListingEntry> entries, Slugs slugs) {
    return entries.stream().map(e -> toEvidence(e, slugs.next(e.headline().title()))).toList();
  }

  private Evidence toEvidence(ListingEntry entry, String id) {
    Headline headline = entry.headline();
    MetaLine meta = entry.meta();
    FindingPicker.Picked picked = FindingPicker.pick(entry.abstract_());
    StanceTagger.Tagging tagging = tagger.tag(headline.title(), entry.abstract_());
    return new Evidence(
        id,
        headline.title(),
        headline.authors(),
        headline.etAl(),
        meta.date(),
        meta.category(),
        null,
        List.of(),
        entry.abstract_(),
        tagging.stances(),
        tagging.matchedTerms(),
        picked.finding(),
        picked.quotes(),
        false,
        meta.code(),
        meta.score(),
        headline.affiliations(),
        null,
        null);
  }
}

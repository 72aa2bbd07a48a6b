package dev.podium.imports;

import dev.podium.judge.FindingPicker;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns works read from an interchange file into evidence records, as the BibTeX importer does with
 * its entries: a slug id, finding and quotes from the abstract, stances tagged, a link from the DOI
 * or arXiv id when the file gives none. A work without title, author, date or abstract is reported
 * as a warning and skipped.
 */
public final class WorkRecords {
  private final StanceTagger tagger;

  public WorkRecords(StanceTagger tagger) {
    this.tagger = tagger;
  }

  /** One record per usable work, in file order; warnings go to {@code diagnostics}. */
  public List<Evidence> toEvidence(List<Work> works, Diagnostics diagnostics) {
    Slugs slugs = new Slugs(List.of());
    List<Evidence> evidence = new ArrayList<>();
    for (Work work : works) {
      String missing = missing(work);
      if (missing != null) {
        String item =
            work.key() == null || work.key().isEmpty() ? "item" : "item '" + work.key() + "'";
        diagnostics.warning(
            work.at(),
            item
                + " has no "
                + missing
                + "; skipped (a record needs title, author, date and abstract)");
        continue;
      }
      evidence.add(toEvidence(work, slugs.next(work.title())));
    }
    return evidence;
  }

  private static String missing(Work work) {
    if (work.title() == null) {
      return "title";
    }
    if (work.authors().isEmpty()) {
      return "author";
    }
    if (work.date() == null) {
      return "date";
    }
    return work.abstract_() == null ? "abstract" : null;
  }

  private Evidence toEvidence(Work work, String id) {
    FindingPicker.Picked picked = FindingPicker.pick(work.abstract_());
    StanceTagger.Tagging tagging = tagger.tag(work.title(), work.abstract_());
    return new Evidence(
        id,
        work.title(),
        work.authors(),
        work.etAl(),
        work.date(),
        null,
        url(work),
        List.of(),
        work.abstract_(),
        tagging.stances(),
        tagging.matchedTerms(),
        picked.finding(),
        picked.quotes(),
        false,
        false,
        null,
        List.of(),
        null,
        null,
        null,
        work.precision(),
        type(work),
        work.container(),
        work.doi(),
        work.arxivId(),
        work.volume(),
        work.pages(),
        work.publisher());
  }

  /** As for BibTeX: a work only on arXiv (an arXiv id and no venue) is a preprint. */
  private static ItemType type(Work work) {
    return work.arxivId() != null && work.container() == null ? ItemType.PREPRINT : work.type();
  }

  /** The file's link, else the DOI's, else the arXiv abstract page. */
  private static String url(Work work) {
    if (work.url() != null) {
      return work.url();
    }
    if (work.doi() != null) {
      return "https://doi.org/" + work.doi();
    }
    return work.arxivId() == null ? null : "https://arxiv.org/abs/" + work.arxivId();
  }
}

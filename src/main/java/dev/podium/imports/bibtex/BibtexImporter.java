package dev.podium.imports.bibtex;

import dev.podium.imports.Slugs;
import dev.podium.judge.FindingPicker;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns BibTeX entries into evidence records, as the listing importer does with listing entries: a
 * slug id, finding and quotes from the abstract, stances tagged. An entry that lacks what a record
 * needs (title, author, year, abstract) is reported as a warning and skipped.
 */
final class BibtexImporter {
  /** An arXiv id as journal or note fields print it: "arXiv preprint arXiv:2401.05566". */
  private static final Pattern ARXIV_MENTION =
      Pattern.compile("(?i)arxiv:\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?)");

  private static final Pattern DOI_PREFIX =
      Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");

  private final StanceTagger tagger;

  BibtexImporter(StanceTagger tagger) {
    this.tagger = tagger;
  }

  /** One record per usable entry, in file order; warnings go to {@code diagnostics}. */
  List<Evidence> toEvidence(List<BibEntry> entries, String file, Diagnostics diagnostics) {
    Slugs slugs = new Slugs(List.of());
    List<Evidence> evidence = new ArrayList<>();
    for (BibEntry entry : entries) {
      String missing = missing(entry);
      if (missing != null) {
        diagnostics.warning(
            new Location(file, entry.line(), entry.column()),
            "entry '"
                + entry.key()
                + "' has no "
                + missing
                + "; skipped (a record needs title, author, year and abstract)");
        continue;
      }
      evidence.add(toEvidence(entry, slugs.next(entry.text("title"))));
    }
    return evidence;
  }

  private static String missing(BibEntry entry) {
    for (String field : List.of("title", "author", "abstract")) {
      if (entry.text(field) == null) {
        return field;
      }
    }
    if (BibAuthors.parse(entry.raw("author")).names().isEmpty()) {
      return "author";
    }
    return BibDate.of(entry) == null ? "year" : null;
  }

  private Evidence toEvidence(BibEntry entry, String id) {
    String title = entry.text("title");
    String abstract_ = entry.text("abstract");
    BibAuthors authors = BibAuthors.parse(entry.raw("author"));
    FindingPicker.Picked picked = FindingPicker.pick(abstract_);
    StanceTagger.Tagging tagging = tagger.tag(title, abstract_);
    return new Evidence(
        id,
        title,
        authors.names(),
        authors.etAl(),
        BibDate.of(entry),
        category(entry),
        url(entry),
        List.of(),
        abstract_,
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
        BibDate.precision(entry),
        type(entry),
        container(entry),
        doi(entry),
        arxivId(entry),
        entry.text("volume"),
        entry.text("pages"),
        publisher(entry));
  }

  /**
   * The kind of publication from the entry type; an entry that is only on arXiv (an arXiv id and no
   * venue, or a journal field that names arXiv) or whose pubstate is "preprint" (as Podium's export
   * writes a preprint) is a preprint. Null for a type that says nothing ({@code @misc} without an
   * arXiv id, {@code @unpublished}).
   */
  static ItemType type(BibEntry entry) {
    if (arxivId(entry) != null && container(entry) == null
        || "preprint".equalsIgnoreCase(entry.raw("pubstate"))) {
      return ItemType.PREPRINT;
    }
    return switch (entry.type()) {
      case "article" -> ItemType.ARTICLE;
      case "inproceedings", "conference", "proceedings" -> ItemType.PAPER_CONFERENCE;
      case "techreport", "report" -> ItemType.REPORT;
      case "incollection", "inbook" -> ItemType.CHAPTER;
      case "book" -> ItemType.BOOK;
      case "phdthesis", "mastersthesis", "thesis" -> ItemType.THESIS;
      case "online", "electronic", "www" -> ItemType.WEBPAGE;
      default -> null;
    };
  }

  /**
   * The journal or booktitle; a journal field that only names arXiv ("arXiv preprint …") is none.
   */
  static String container(BibEntry entry) {
    String journal =
        entry.text("journal") != null ? entry.text("journal") : entry.text("journaltitle");
    if (journal != null && !journal.toLowerCase(Locale.ROOT).contains("arxiv")) {
      return journal;
    }
    return entry.text("booktitle");
  }

  /** The DOI without a resolver prefix. */
  static String doi(BibEntry entry) {
    return entry.raw("doi") == null ? null : DOI_PREFIX.matcher(entry.raw("doi")).replaceFirst("");
  }

  /** The publisher, else the institution of a report or the school of a thesis. */
  private static String publisher(BibEntry entry) {
    for (String field : List.of("publisher", "institution", "school")) {
      if (entry.text(field) != null) {
        return entry.text(field);
      }
    }
    return null;
  }

  /** The url field, else the DOI as a link, else the arXiv abstract page of an eprint. */
  static String url(BibEntry entry) {
    if (entry.raw("url") != null) {
      return entry.raw("url");
    }
    if (entry.raw("doi") != null) {
      return "https://doi.org/" + DOI_PREFIX.matcher(entry.raw("doi")).replaceFirst("");
    }
    String arxiv = arxivId(entry);
    return arxiv == null ? null : "https://arxiv.org/abs/" + arxiv;
  }

  /**
   * The arXiv id: an eprint with archivePrefix (or eprinttype) arXiv, or "arXiv:ID" in the journal,
   * note or howpublished field, as Google Scholar writes preprints.
   */
  static String arxivId(BibEntry entry) {
    String archive =
        entry.raw("archiveprefix") != null ? entry.raw("archiveprefix") : entry.raw("eprinttype");
    if (entry.raw("eprint") != null && archive != null && archive.equalsIgnoreCase("arxiv")) {
      return entry.raw("eprint").replaceFirst("(?i)^arxiv:\\s*", "");
    }
    for (String field : List.of("journal", "note", "howpublished")) {
      Matcher m = ARXIV_MENTION.matcher(entry.raw(field) == null ? "" : entry.raw(field));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The arXiv subject class ("cs.CL" → "CL") of an entry published only on arXiv, as the listing
   * gives it; the brief counts records with a category as preprints. Null for anything else.
   */
  static String category(BibEntry entry) {
    String primary = entry.raw("primaryclass");
    boolean venue =
        entry.raw("booktitle") != null
            || (entry.raw("journal") != null
                && !entry.raw("journal").toLowerCase(Locale.ROOT).contains("arxiv"));
    if (primary == null || venue || arxivId(entry) == null) {
      return null;
    }
    return primary.substring(primary.lastIndexOf('.') + 1);
  }
}

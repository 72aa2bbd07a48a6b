package dev.podium.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One piece of evidence, usually a paper: what it is, what it finds, and what it can be quoted as.
 * {@code finding} is absent when the abstract states no result (a position statement, a tool
 * description); no argument is then built from the record. {@code matchedTerms} says why an
 * importer tagged its stances (one line per stance); it is empty for stances set by hand. {@code
 * bearing} and {@code bearingReason} are a person's judgement of how the record bears on the
 * motion; absent, Podium infers the bearing when it builds a brief. {@code key} says only that the
 * speaker's profile names the paper, not that the speaker wrote it; {@code speakerAuthored} is a
 * person's word on that ({@code true}: the speaker is an author, {@code false}: not); absent,
 * Podium judges it from the authors shown and the profile's own publications. {@code datePrecision}
 * says how much of {@code date} the source gives (only the year, year and month); absent, the date
 * is exact. {@code type}, {@code container} (journal, proceedings or other venue), {@code doi},
 * {@code arxivId}, {@code volume}, {@code pages} and {@code publisher} describe the publication for
 * citations, each only as far as a source says it; absent, citations print nothing in its place.
 */
public record Evidence(
    String id,
    String title,
    @NonEmpty List<String> authors,
    boolean etAl,
    LocalDate date,
    @Nullable String category,
    @Nullable String url,
    List<Link> links,
    String abstract_,
    List<String> stances,
    List<String> matchedTerms,
    @Nullable String finding,
    List<String> quotes,
    boolean key,
    boolean code,
    @Nullable Double score,
    List<String> affiliations,
    @Nullable Side bearing,
    @Nullable String bearingReason,
    @Nullable Boolean speakerAuthored,
    @Nullable DatePrecision datePrecision,
    @Nullable ItemType type,
    @Nullable String container,
    @Nullable String doi,
    @Nullable String arxivId,
    @Nullable String volume,
    @Nullable String pages,
    @Nullable String publisher) {

  public Evidence {
    authors = List.copyOf(authors);
    links = List.copyOf(links);
    stances = List.copyOf(stances);
    matchedTerms = List.copyOf(matchedTerms);
    quotes = List.copyOf(quotes);
    affiliations = List.copyOf(affiliations);
  }

  /** A record that says nothing of where it was published. */
  public Evidence(
      String id,
      String title,
      List<String> authors,
      boolean etAl,
      LocalDate date,
      @Nullable String category,
      @Nullable String url,
      List<Link> links,
      String abstract_,
      List<String> stances,
      List<String> matchedTerms,
      @Nullable String finding,
      List<String> quotes,
      boolean key,
      boolean code,
      @Nullable Double score,
      List<String> affiliations,
      @Nullable Side bearing,
      @Nullable String bearingReason,
      @Nullable Boolean speakerAuthored,
      @Nullable DatePrecision datePrecision) {
    this(
        id,
        title,
        authors,
        etAl,
        date,
        category,
        url,
        links,
        abstract_,
        stances,
        matchedTerms,
        finding,
        quotes,
        key,
        code,
        score,
        affiliations,
        bearing,
        bearingReason,
        speakerAuthored,
        datePrecision,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A record whose date is exact. */
  public Evidence(
      String id,
      String title,
      List<String> authors,
      boolean etAl,
      LocalDate date,
      @Nullable String category,
      @Nullable String url,
      List<Link> links,
      String abstract_,
      List<String> stances,
      List<String> matchedTerms,
      @Nullable String finding,
      List<String> quotes,
      boolean key,
      boolean code,
      @Nullable Double score,
      List<String> affiliations,
      @Nullable Side bearing,
      @Nullable String bearingReason,
      @Nullable Boolean speakerAuthored) {
    this(
        id,
        title,
        authors,
        etAl,
        date,
        category,
        url,
        links,
        abstract_,
        stances,
        matchedTerms,
        finding,
        quotes,
        key,
        code,
        score,
        affiliations,
        bearing,
        bearingReason,
        speakerAuthored,
        null);
  }

  /** A record as an importer makes it: nobody has yet said whether the speaker wrote it. */
  public Evidence(
      String id,
      String title,
      List<String> authors,
      boolean etAl,
      LocalDate date,
      @Nullable String category,
      @Nullable String url,
      List<Link> links,
      String abstract_,
      List<String> stances,
      List<String> matchedTerms,
      @Nullable String finding,
      List<String> quotes,
      boolean key,
      boolean code,
      @Nullable Double score,
      List<String> affiliations,
      @Nullable Side bearing,
      @Nullable String bearingReason) {
    this(
        id,
        title,
        authors,
        etAl,
        date,
        category,
        url,
        links,
        abstract_,
        stances,
        matchedTerms,
        finding,
        quotes,
        key,
        code,
        score,
        affiliations,
        bearing,
        bearingReason,
        null,
        null);
  }

  /** How much of the date the source gives; {@link DatePrecision#DAY} when it does not say. */
  public DatePrecision precision() {
    return datePrecision == null ? DatePrecision.DAY : datePrecision;
  }

  /** A further link the sources give for this evidence (project page, code). */
  public record Link(String label, String url) {}
}

package dev.podium.model;

/** What kind of publication a record is, as its source says; citations print each kind its way. */
public enum ItemType {
  /** A journal article. */
  ARTICLE,
  /** A paper in conference or workshop proceedings. */
  PAPER_CONFERENCE,
  /** A preprint, such as an arXiv paper. */
  PREPRINT,
  /** A technical report. */
  REPORT,
  /** A chapter in a book. */
  CHAPTER,
  /** A book. */
  BOOK,
  /** A thesis. */
  THESIS,
  /** A web page. */
  WEBPAGE;

  /** The spelling used in seed files. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

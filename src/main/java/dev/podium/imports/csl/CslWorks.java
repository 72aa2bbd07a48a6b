package dev.podium.imports.csl;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import dev.podium.imports.ArxivLink;
import dev.podium.imports.Work;
import dev.podium.imports.WorkNames;
import dev.podium.load.Location;
import dev.podium.model.DatePrecision;
import dev.podium.model.ItemType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSL item into a work: its type as Podium's kind of publication, its issued date with as
 * much precision as the date parts give, its names in the form records store, and an arXiv id from
 * the number, archive, DOI or link that shows one (Zotero writes an arXiv preprint as an {@code
 * article} numbered "arXiv:2401.05566").
 */
final class CslWorks {
  private static final Pattern ARXIV_NUMBER = Pattern.compile("(?i)^arxiv:\\s*(\\S+?)(?:\\s.*)?$");
  private static final Pattern ARXIV_ID =
      Pattern.compile("\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-.]+/\\d{7}");
  private static final Pattern ARXIV_DOI = Pattern.compile("(?i)^10\\.48550/arxiv\\.(.+)$");
  private static final Pattern DOI_PREFIX =
      Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");

  private CslWorks() {}

  static Work of(CSLItemData item, Location at) {
    String arxiv = arxivId(item);
    CSLName[] authors = item.getAuthor() == null ? new CSLName[0] : item.getAuthor();
    boolean etAl = Arrays.stream(authors).anyMatch(WorkNames::isOthers);
    LocalDate date = date(item.getIssued());
    String title = text(item.getTitle());
    // Reports name an item by its title; Zotero's ids are long URLs.
    String key = title != null ? title : item.getId() == null ? "" : item.getId();
    return new Work(
        at,
        key,
        title,
        WorkNames.stored(authors),
        etAl,
        date,
        date == null ? null : precision(item.getIssued()),
        text(item.getAbstrct()),
        type(item, arxiv),
        text(item.getContainerTitle()),
        doi(item.getDOI()),
        arxiv,
        text(item.getVolume()),
        text(item.getPage()),
        text(item.getPublisher()),
        text(item.getURL()));
  }

  /**
   * The kind of publication; a generic {@code article} is a preprint when it shows arXiv or says
   * so.
   */
  static ItemType type(CSLItemData item, String arxivId) {
    CSLType type = item.getType();
    if (type == null) {
      return null;
    }
    return switch (type) {
      case ARTICLE_JOURNAL -> ItemType.ARTICLE;
      case PAPER_CONFERENCE -> ItemType.PAPER_CONFERENCE;
      case REPORT -> ItemType.REPORT;
      case CHAPTER -> ItemType.CHAPTER;
      case BOOK -> ItemType.BOOK;
      case THESIS -> ItemType.THESIS;
      case WEBPAGE, POST, POST_WEBLOG -> ItemType.WEBPAGE;
      case ARTICLE ->
          arxivId != null || says(item.getGenre(), "preprint") ? ItemType.PREPRINT : null;
      default -> null;
    };
  }

  /**
   * The arXiv id: a number "arXiv:ID", an id numbered by a publisher or archive named arXiv, an
   * archive location in arXiv, an arXiv DOI, or a link to an arXiv page.
   */
  static String arxivId(CSLItemData item) {
    String number = text(item.getNumber());
    if (number != null) {
      Matcher m = ARXIV_NUMBER.matcher(number);
      if (m.matches() && ARXIV_ID.matcher(m.group(1)).matches()) {
        return m.group(1);
      }
      if (ARXIV_ID.matcher(number).matches()
          && (says(item.getPublisher(), "arxiv") || says(item.getArchive(), "arxiv"))) {
        return number;
      }
    }
    String location = text(item.getArchiveLocation());
    if (location != null
        && says(item.getArchive(), "arxiv")
        && ARXIV_ID.matcher(location).matches()) {
      return location;
    }
    String doi = doi(item.getDOI());
    if (doi != null) {
      Matcher m = ARXIV_DOI.matcher(doi);
      if (m.matches() && ARXIV_ID.matcher(m.group(1)).matches()) {
        return m.group(1);
      }
    }
    return ArxivLink.id(item.getURL());
  }

  /** The first date of the issued date's parts, or of its raw text when it is an ISO date. */
  static LocalDate date(CSLDate issued) {
    int[] parts = parts(issued);
    if (parts.length == 0) {
      return null;
    }
    try {
      return LocalDate.of(
          parts[0], parts.length > 1 ? parts[1] : 1, parts.length > 2 ? parts[2] : 1);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code null} for a full date (a record's default), else how much of it the parts give. */
  static DatePrecision precision(CSLDate issued) {
    int n = parts(issued).length;
    return n >= 3 ? null : n == 2 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private static int[] parts(CSLDate issued) {
    if (issued == null) {
      return new int[0];
    }
    int[][] dateParts = issued.getDateParts();
    if (dateParts != null
        && dateParts.length > 0
        && dateParts[0] != null
        && dateParts[0].length > 0) {
      return Arrays.copyOf(dateParts[0], Math.min(3, dateParts[0].length));
    }
    String raw = issued.getRaw() != null ? issued.getRaw() : issued.getLiteral();
    Matcher m = ISO.matcher(raw == null ? "" : raw.strip());
    if (!m.matches()) {
      return new int[0];
    }
    int n = m.group(3) != null ? 3 : m.group(2) != null ? 2 : 1;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = Integer.parseInt(m.group(i + 1));
    }
    return out;
  }

  private static String doi(String doi) {
    String text = text(doi);
    return text == null ? null : DOI_PREFIX.matcher(text).replaceFirst("");
  }

  private static boolean says(String field, String word) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(word);
  }

  /** The text with its white space made single spaces; {@code null} when blank. */
  static String text(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return s.strip().replaceAll("\\s+", " ");
  }
}

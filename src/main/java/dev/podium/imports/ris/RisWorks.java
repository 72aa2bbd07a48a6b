package dev.podium.imports.ris;

import de.undercouch.citeproc.csl.CSLName;
import dev.podium.imports.ArxivLink;
import dev.podium.imports.Work;
import dev.podium.imports.WorkNames;
import dev.podium.model.DatePrecision;
import dev.podium.model.ItemType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a RIS reference into a work: TY as the kind of publication, TI/T1 title, AU/A1 authors
 * ("Last, First, Suffix"; a name without a comma, such as an organisation, is kept whole), DA or
 * PY/Y1 date with its precision, AB/N2 abstract, T2/JF/JO/BT venue, DO, VL, SP-EP, PB, UR, and an
 * arXiv id from AN, M1 or N1 ("arXiv:2401.05566"), an arXiv DOI or an arXiv link.
 */
final class RisWorks {
  /** RIS types and Podium's kinds; any other type says nothing of the kind. */
  static final Map<String, ItemType> TYPES =
      Map.ofEntries(
          Map.entry("JOUR", ItemType.ARTICLE), Map.entry("EJOUR", ItemType.ARTICLE),
          Map.entry("JFULL", ItemType.ARTICLE), Map.entry("CONF", ItemType.PAPER_CONFERENCE),
          Map.entry("CPAPER", ItemType.PAPER_CONFERENCE), Map.entry("RPRT", ItemType.REPORT),
          Map.entry("CHAP", ItemType.CHAPTER), Map.entry("ECHAP", ItemType.CHAPTER),
          Map.entry("BOOK", ItemType.BOOK), Map.entry("EBOOK", ItemType.BOOK),
          Map.entry("EDBOOK", ItemType.BOOK), Map.entry("THES", ItemType.THESIS),
          Map.entry("ELEC", ItemType.WEBPAGE), Map.entry("WEB", ItemType.WEBPAGE),
          Map.entry("BLOG", ItemType.WEBPAGE), Map.entry("INPR", ItemType.PREPRINT));

  private static final Pattern DATE =
      Pattern.compile("^(\\d{4})(?:[/-](\\d{0,2})(?:[/-](\\d{0,2}))?)?(?:[/-].*)?$");
  private static final Pattern ARXIV_MENTION =
      Pattern.compile("(?i)arxiv:\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-.]+/\\d{7})");
  private static final Pattern ARXIV_DOI =
      Pattern.compile("(?i)^10\\.48550/arxiv\\.(\\d{4}\\.\\d{4,5}(?:v\\d+)?)$");
  private static final Pattern DOI_PREFIX =
      Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");

  private RisWorks() {}

  static Work of(RisEntry entry) {
    String key = entry.first("TI", "T1") != null ? entry.first("TI", "T1") : entry.first("ID");
    int[] date = date(entry.first("DA") != null ? entry.first("DA") : entry.first("PY", "Y1"));
    LocalDate day = day(date);
    return new Work(
        entry.at(),
        key,
        entry.first("TI", "T1"),
        authors(entry),
        etAl(entry),
        day,
        day == null
            ? null
            : date.length >= 3 ? null : date.length == 2 ? DatePrecision.MONTH : DatePrecision.YEAR,
        entry.first("AB", "N2"),
        TYPES.get(entry.first("TY") == null ? "" : entry.first("TY").toUpperCase(Locale.ROOT)),
        entry.first("T2", "JF", "JO", "BT"),
        doi(entry),
        arxivId(entry),
        entry.first("VL"),
        pages(entry),
        entry.first("PB"),
        entry.first("UR"));
  }

  /** Whether a name is "others", as the RIS writer (like BibTeX) marks a list cut short. */
  private static boolean etAl(RisEntry entry) {
    return entry.all("AU").stream().anyMatch(RisWorks::isOthers)
        || entry.all("A1").stream().anyMatch(RisWorks::isOthers);
  }

  private static boolean isOthers(String value) {
    return value.strip().equals("others");
  }

  /** AU and A1 names in file order. */
  private static List<String> authors(RisEntry entry) {
    List<String> names = new ArrayList<>();
    for (String tag : List.of("AU", "A1")) {
      for (String value : entry.all(tag)) {
        String name = name(value);
        if (name != null && !isOthers(value)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * A RIS name in the form records store. "Last, First, Suffix" is read by citeproc's BibTeX name
   * parser as "Last, Suffix, First", which finds particles ("van Beethoven, Ludwig"); a name
   * without a comma is kept whole.
   */
  static String name(String value) {
    String name = value.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      return null;
    }
    String[] parts = name.split("\\s*,\\s*", -1);
    if (parts.length == 1) {
      return "{" + name + "}";
    }
    String bibtex =
        parts.length == 2
            ? parts[0] + ", " + parts[1]
            : parts[0]
                + ", "
                + String.join(" ", List.of(parts).subList(2, parts.length))
                + ", "
                + parts[1];
    CSLName parsed = WorkNames.parsed(bibtex);
    if (parsed != null) {
      return WorkNames.stored(parsed);
    }
    // Text the parser rejects or misreads is taken part by part.
    return WorkNames.stored(
        parts[1],
        null,
        null,
        parts[0],
        parts.length > 2 ? String.join(" ", List.of(parts).subList(2, parts.length)) : null,
        null);
  }

  /** Year, month and day as far as given: "2024/01/17/", "2024/01//", "2024///", "2024-01-17". */
  static int[] date(String value) {
    if (value == null) {
      return new int[0];
    }
    Matcher m = DATE.matcher(value.strip());
    if (!m.matches()) {
      return new int[0];
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null || m.group(2).isEmpty()) {
      return new int[] {year};
    }
    if (m.group(3) == null || m.group(3).isEmpty()) {
      return new int[] {year, Integer.parseInt(m.group(2))};
    }
    return new int[] {year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
  }

  private static LocalDate day(int[] date) {
    if (date.length == 0) {
      return null;
    }
    try {
      return LocalDate.of(date[0], date.length > 1 ? date[1] : 1, date.length > 2 ? date[2] : 1);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String pages(RisEntry entry) {
    String start = entry.first("SP");
    String end = entry.first("EP");
    if (start == null) {
      return end;
    }
    return end == null ? start : start + "-" + end;
  }

  private static String doi(RisEntry entry) {
    String doi = entry.first("DO");
    return doi == null ? null : DOI_PREFIX.matcher(doi).replaceFirst("");
  }

  private static String arxivId(RisEntry entry) {
    for (String tag : List.of("AN", "M1", "N1")) {
      for (String value : entry.all(tag)) {
        Matcher m = ARXIV_MENTION.matcher(value);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    String doi = doi(entry);
    if (doi != null) {
      Matcher m = ARXIV_DOI.matcher(doi);
      if (m.matches()) {
        return m.group(1);
      }
    }
    return ArxivLink.id(entry.first("UR"));
  }
}

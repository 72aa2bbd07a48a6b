package dev.podium.imports.ris;

import de.undercouch.citeproc.csl.CSLName;
import dev.podium.imports.WorkNames;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes records as RIS for Zotero, EndNote or Mendeley: one reference per record, tags in a fixed
 * order, names as "Last, First, Suffix" (an organisation as written), the date to its precision
 * ("2024/05//"), pages split into SP and EP, and the arXiv id as accession number "arXiv:ID".
 */
public final class RisWriter {
  private static final Map<ItemType, String> TYPES =
      Map.of(
          ItemType.ARTICLE,
          "JOUR",
          ItemType.PAPER_CONFERENCE,
          "CPAPER",
          ItemType.PREPRINT,
          "INPR",
          ItemType.REPORT,
          "RPRT",
          ItemType.CHAPTER,
          "CHAP",
          ItemType.BOOK,
          "BOOK",
          ItemType.THESIS,
          "THES",
          ItemType.WEBPAGE,
          "ELEC");
  private static final Pattern RANGE = Pattern.compile("^([^-\\s]+)-([^-\\s]+)$");

  private RisWriter() {}

  /** The references, each ended by "ER - " and a blank line; lines end with CRLF as RIS asks. */
  public static String write(List<Evidence> records) {
    StringBuilder out = new StringBuilder();
    for (Evidence e : records) {
      tag(out, "TY", e.type() == null ? "GEN" : TYPES.get(e.type()));
      tag(out, "ID", e.id());
      tag(out, "TI", e.title());
      e.authors().forEach(author -> tag(out, "AU", name(author)));
      if (e.etAl()) {
        tag(out, "AU", "others");
      }
      tag(out, "PY", String.valueOf(e.date().getYear()));
      tag(out, "DA", date(e));
      tag(out, "T2", e.container());
      tag(out, "VL", e.volume());
      pages(out, e.pages());
      tag(out, "PB", e.publisher());
      tag(out, "DO", e.doi());
      tag(out, "AN", e.arxivId() == null ? null : "arXiv:" + e.arxivId());
      tag(out, "UR", e.url());
      tag(out, "AB", e.abstract_());
      out.append("ER  - \r\n\r\n");
    }
    return out.toString();
  }

  /** "Last, First, Suffix" with the particles in Last; an organisation, or one name, as written. */
  static String name(String stored) {
    CSLName name = WorkNames.csl(stored);
    if (name.getLiteral() != null) {
      return name.getLiteral();
    }
    StringBuilder s = new StringBuilder();
    for (String part :
        new String[] {
          name.getDroppingParticle(), name.getNonDroppingParticle(), name.getFamily()
        }) {
      if (part != null && !part.isBlank()) {
        s.append(s.isEmpty() ? "" : " ").append(part);
      }
    }
    s.append(", ").append(name.getGiven() == null ? "" : name.getGiven());
    if (name.getSuffix() != null && !name.getSuffix().isBlank()) {
      s.append(", ").append(name.getSuffix());
    }
    return s.toString();
  }

  private static String date(Evidence e) {
    return switch (e.precision()) {
      case YEAR -> String.format("%04d///", e.date().getYear());
      case MONTH -> String.format("%04d/%02d//", e.date().getYear(), e.date().getMonthValue());
      case DAY ->
          String.format(
              "%04d/%02d/%02d/",
              e.date().getYear(), e.date().getMonthValue(), e.date().getDayOfMonth());
    };
  }

  private static void pages(StringBuilder out, String pages) {
    if (pages == null) {
      return;
    }
    Matcher m = RANGE.matcher(pages);
    if (m.matches()) {
      tag(out, "SP", m.group(1));
      tag(out, "EP", m.group(2));
    } else {
      tag(out, "SP", pages);
    }
  }

  /** One tag line; the value on one line, since a RIS line break would start a continuation. */
  private static void tag(StringBuilder out, String tag, String value) {
    if (value != null) {
      out.append(tag).append("  - ").append(value.strip().replaceAll("\\s+", " ")).append("\r\n");
    }
  }
}

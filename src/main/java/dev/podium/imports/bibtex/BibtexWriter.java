package dev.podium.imports.bibtex;

import dev.podium.model.AuthorName;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.util.List;

/**
 * Writes records as a .bib file for LaTeX (BibTeX or biblatex) and pandoc: the record id as key, an
 * entry type per kind of publication, LaTeX's special characters escaped so that the BibTeX import
 * reads back the text as written, names kept whole in braces where the record keeps them whole, and
 * the date to its precision (year; month; day).
 */
public final class BibtexWriter {
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private BibtexWriter() {}

  /** The entries, one blank line apart, in the order of the records. */
  public static String write(List<Evidence> records) {
    StringBuilder out = new StringBuilder();
    for (Evidence e : records) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      entry(out, e);
    }
    return out.toString();
  }

  private static void entry(StringBuilder out, Evidence e) {
    out.append('@').append(entryType(e.type())).append('{').append(e.id()).append(",\n");
    field(out, "author", authors(e));
    // Double braces keep the title's capitals in styles that lower-case titles.
    field(out, "title", "{" + escape(e.title()) + "}");
    boolean inBook = e.type() == ItemType.PAPER_CONFERENCE || e.type() == ItemType.CHAPTER;
    field(out, inBook ? "booktitle" : "journal", escape(e.container()));
    field(out, "year", String.valueOf(e.date().getYear()));
    if (e.precision() != dev.podium.model.DatePrecision.YEAR) {
      out.append("  month = ").append(MONTHS.get(e.date().getMonthValue() - 1)).append(",\n");
    }
    if (e.precision() == dev.podium.model.DatePrecision.DAY) {
      field(out, "day", String.valueOf(e.date().getDayOfMonth()));
    }
    field(out, "volume", escape(e.volume()));
    field(out, "pages", escape(e.pages()));
    field(out, publisherField(e.type()), escape(e.publisher()));
    field(out, "doi", e.doi());
    if (e.arxivId() != null) {
      field(out, "eprint", e.arxivId());
      field(out, "archivePrefix", "arXiv");
      if (e.category() != null && e.container() == null) {
        field(out, "primaryClass", e.category());
      }
    }
    if (e.type() == ItemType.PREPRINT) {
      field(out, "pubstate", "preprint");
    }
    field(out, "url", e.url());
    field(out, "abstract", escape(e.abstract_()));
    out.append("}\n");
  }

  /** The entry type; a record that does not say what it is is {@code @misc}, as is a preprint. */
  static String entryType(ItemType type) {
    if (type == null) {
      return "misc";
    }
    return switch (type) {
      case ARTICLE -> "article";
      case PAPER_CONFERENCE -> "inproceedings";
      case PREPRINT -> "misc";
      case REPORT -> "techreport";
      case CHAPTER -> "incollection";
      case BOOK -> "book";
      case THESIS -> "phdthesis";
      case WEBPAGE -> "online";
    };
  }

  private static String publisherField(ItemType type) {
    return type == ItemType.REPORT
        ? "institution"
        : type == ItemType.THESIS ? "school" : "publisher";
  }

  /**
   * Names joined by "and"; a name kept whole stays in one brace group, "others" ends a cut list.
   */
  private static String authors(Evidence e) {
    StringBuilder s = new StringBuilder();
    for (String author : e.authors()) {
      String name = author.strip();
      String written =
          AuthorName.wholeBraced(name)
              ? "{" + escape(name.substring(1, name.length() - 1)) + "}"
              : escape(name);
      s.append(s.isEmpty() ? "" : " and ").append(written);
    }
    return e.etAl() ? s + " and others" : s.toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }
  }

  /**
   * Text as LaTeX that reads back as the same text: the special characters escaped, braces as
   * commands (so a lone brace cannot unbalance the entry), "--" kept apart so it is not a dash,
   * white space made single spaces. Letters beyond ASCII stay as they are (a UTF-8 .bib file).
   */
  static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    String flat = text.strip().replaceAll("\\s+", " ");
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\textbackslash{}");
        case '{' -> s.append("\\textbraceleft{}");
        case '}' -> s.append("\\textbraceright{}");
        case '^' -> s.append("\\textasciicircum{}");
        case '~' -> s.append("\\textasciitilde{}");
        case '$', '%', '&', '#', '_' -> s.append('\\').append(c);
        case '-' -> s.append(i + 1 < flat.length() && flat.charAt(i + 1) == '-' ? "-{}" : "-");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}

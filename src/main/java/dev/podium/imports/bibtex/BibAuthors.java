package dev.podium.imports.bibtex;

import dev.podium.model.AuthorName;
import dev.podium.model.LatexText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a BibTeX author field: names separated by "and", each "Last, First", "Last, Jr, First" or
 * "First Last", kept as "First Last" except that a suffix keeps the "Last, Jr, First" form and a
 * braced "{Barnes and Noble}" keeps its braces (it stays one name, and citations print it whole); a
 * final "others" means the list is cut short (et al.). The field is split before LaTeX is resolved.
 */
record BibAuthors(List<String> names, boolean etAl) {
  BibAuthors {
    names = List.copyOf(names);
  }

  /** Parses the field as written in the .bib file. */
  static BibAuthors parse(String field) {
    List<String> names = new ArrayList<>();
    boolean etAl = false;
    for (String part : splitTopLevel(field, " and ")) {
      String name = part.strip();
      if (name.equalsIgnoreCase("others")) {
        etAl = true;
      } else if (!name.isEmpty()) {
        String printed = firstLast(name);
        if (!printed.isEmpty()) {
          names.add(printed);
        }
      }
    }
    return new BibAuthors(names, etAl);
  }

  /**
   * "First Last" for "Last, First"; a name with a suffix stays "Last, Jr, First" and a name in one
   * brace group stays braced, so that citations can still tell the parts (see {@link AuthorName}).
   */
  private static String firstLast(String name) {
    if (AuthorName.wholeBraced(name)) {
      String whole = LatexText.plain(name.substring(1, name.length() - 1)).strip();
      return whole.isEmpty() ? "" : "{" + whole + "}";
    }
    List<String> parts = splitTopLevel(name, ",").stream().map(LatexText::plain).toList();
    String joined =
        switch (parts.size()) {
          case 1 -> parts.get(0);
          case 2 -> parts.get(1) + " " + parts.get(0);
          default ->
              String.join(", ", parts.get(0).strip(), parts.get(1).strip(), parts.get(2).strip());
        };
    return joined.replaceAll("\\s+", " ").strip();
  }

  /**
   * The text cut at each separator outside braces; "and" is matched without regard to case and with
   * any white space around it, as BibTeX does.
   */
  private static List<String> splitTopLevel(String text, String separator) {
    String flat = text.replaceAll("\\s+", " ");
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && flat.regionMatches(true, i, separator, 0, separator.length())) {
        parts.add(flat.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    parts.add(flat.substring(start));
    return parts;
  }
}

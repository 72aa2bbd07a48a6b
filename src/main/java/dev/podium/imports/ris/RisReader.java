package dev.podium.imports.ris;

import dev.podium.imports.Work;
import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a RIS file into references. Each line is "TG - value" (two-character tag, two spaces,
 * hyphen); a reference runs from its TY line to its ER line; a line without a tag continues the
 * value before it, as Zotero writes an abstract of several paragraphs; blank lines and a byte order
 * mark are allowed. A tag outside a reference, or a reference the file ends inside, is a located
 * error and no references are returned.
 */
public final class RisReader {
  /** A tag line; some writers leave out the space after the hyphen when the value is empty. */
  private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*)|\\s*)$");

  private RisReader() {}

  /**
   * The file's references as works, or {@code null} after reporting why the file cannot be read.
   */
  public static List<Work> works(String text, String name, Diagnostics diagnostics) {
    List<RisEntry> entries = read(text, name, diagnostics);
    return entries == null ? null : entries.stream().map(RisWorks::of).toList();
  }

  /** The references in file order, or {@code null} after reporting why the file cannot be read. */
  static List<RisEntry> read(String text, String name, Diagnostics diagnostics) {
    List<RisEntry> entries = new ArrayList<>();
    Map<String, List<String>> tags = null;
    Location start = null;
    List<String> last = null;
    String[] lines = text.split("\r\n|\r|\n", -1);
    boolean bad = false;
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      Location at = new Location(name, i + 1, 1);
      Matcher m = TAG.matcher(line);
      if (!m.matches()) {
        if (line.isBlank()) {
          continue;
        }
        if (last == null) {
          diagnostics.error(
              at,
              "expected a RIS tag line such as 'TY  - JOUR' (two letters, two spaces,"
                  + " a hyphen), found '"
                  + shortened(line)
                  + "'");
          bad = true;
        } else {
          last.set(last.size() - 1, last.get(last.size() - 1) + " " + line.strip());
        }
        continue;
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).strip();
      if (tag.equals("TY")) {
        if (tags != null) {
          diagnostics.error(
              start,
              "reference has no 'ER  -' line before the next 'TY  -' at line "
                  + (i + 1)
                  + "; end each reference with 'ER  - '");
          bad = true;
        }
        tags = new LinkedHashMap<>();
        start = at;
        last = tags.computeIfAbsent(tag, t -> new ArrayList<>());
        last.add(value);
      } else if (tags == null) {
        diagnostics.error(
            at, "tag " + tag + " outside a reference; each reference starts with 'TY  - TYPE'");
        bad = true;
        last = null;
      } else if (tag.equals("ER")) {
        entries.add(new RisEntry(start, tags));
        tags = null;
        last = null;
      } else {
        last = tags.computeIfAbsent(tag, t -> new ArrayList<>());
        last.add(value);
      }
    }
    if (tags != null) {
      diagnostics.error(start, "the file ends inside this reference; end it with 'ER  - '");
      bad = true;
    }
    if (!bad && entries.isEmpty()) {
      diagnostics.error(
          Location.startOf(name), "no RIS references found; expected 'TY  - JOUR' … 'ER  - '");
      bad = true;
    }
    return bad ? null : entries;
  }

  private static String shortened(String line) {
    String s = line.strip();
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}

package dev.podium.imports.listing;

import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a publication listing: entries of three lines each (meta line, title glued to authors,
 * one-line abstract), blank lines ignored. A malformed entry is reported where it goes wrong and
 * left out; reading carries on at the next meta line, so one run reports every problem. Not
 * thread-safe; use one per listing.
 */
public final class ListingParser {
  private final String file;
  private final int defaultYear;
  private final Diagnostics diagnostics;
  private final List<Line> lines = new ArrayList<>();
  private final List<ListingEntry> entries = new ArrayList<>();

  /** A non-blank line with its 1-based number. */
  private record Line(int number, String text) {}

  /**
   * @param file the name to use in messages
   * @param defaultYear the year of dates printed without one
   */
  public ListingParser(String file, int defaultYear, Diagnostics diagnostics) {
    this.file = file;
    this.defaultYear = defaultYear;
    this.diagnostics = diagnostics;
  }

  /** The well-formed entries, in listing order; problems go to the diagnostics. */
  public List<ListingEntry> parse(String text) {
    String[] raw =
        text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
    for (int i = 0; i < raw.length; i++) {
      if (!raw[i].isBlank()) {
        lines.add(new Line(i + 1, raw[i]));
      }
    }
    if (lines.isEmpty()) {
      diagnostics.error(
          Location.startOf(file),
          "the listing is empty; expected entries of a meta line, a title line and an abstract");
    }
    int i = 0;
    while (i < lines.size()) {
      i = entry(i);
    }
    return List.copyOf(entries);
  }

  /** Reads the entry starting at line index {@code i}; returns the index after it. */
  private int entry(int i) {
    Line metaLine = lines.get(i);
    MetaLineParser.Result meta = meta(metaLine);
    if (!meta.ok()) {
      if (i + 1 < lines.size() && meta(lines.get(i + 1)).ok()) {
        error(
            metaLine,
            0,
            "unexpected line between entries; an entry is a meta line such as"
                + " '93.1CLMay 17Code', a title line and a one-line abstract");
      } else {
        error(metaLine, meta.index(), meta.problem());
      }
      return skipBody(i + 1);
    }
    if (i + 1 >= lines.size() || meta(lines.get(i + 1)).ok()) {
      error(
          metaLine,
          metaLine.text().strip().length(),
          "entry has no title line after its meta line");
      return i + 1;
    }
    Line headlineLine = lines.get(i + 1);
    if (i + 2 >= lines.size() || meta(lines.get(i + 2)).ok()) {
      error(
          headlineLine,
          headlineLine.text().strip().length(),
          "entry has no abstract after its title line");
      return i + 2;
    }
    HeadlineParser.Result headline = HeadlineParser.parse(headlineLine.text());
    if (!headline.ok()) {
      diagnostics.error(
          new Location(file, headlineLine.number(), headline.column()), headline.problem());
      return i + 3;
    }
    entries.add(
        new ListingEntry(
            new Location(file, metaLine.number(), 1),
            meta.meta(),
            headline.headline(),
            lines.get(i + 2).text().strip()));
    return i + 3;
  }

  private MetaLineParser.Result meta(Line line) {
    return MetaLineParser.parse(line.text(), defaultYear);
  }

  /**
   * Skips the title line and abstract of an entry whose meta line is broken, stopping early at a
   * well-formed meta line, so the next entry is still read.
   */
  private int skipBody(int from) {
    int i = from;
    while (i < lines.size() && i < from + 2 && !meta(lines.get(i)).ok()) {
      i++;
    }
    return i;
  }

  /** Reports a problem at a 0-based index into the stripped line. */
  private void error(Line line, int index, String message) {
    String text = line.text();
    int lead = text.length() - text.stripLeading().length();
    String stripped = text.strip();
    int column = 1 + lead + stripped.codePointCount(0, Math.min(index, stripped.length()));
    diagnostics.error(new Location(file, line.number(), column), message);
  }
}

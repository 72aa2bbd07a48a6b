package dev.podium.imports.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown profile cut at its headings: the {@code # } title, the lines between the title and
 * the first heading, and each section under its heading. Both {@code ### Heading} and a line that
 * is all {@code **Heading**} count as headings, since profiles are written either way.
 */
record ProfileDocument(String title, List<String> preamble, List<Section> sections) {
  private static final Pattern TITLE = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern HASH_HEADING = Pattern.compile("^#{2,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern BOLD_HEADING = Pattern.compile("^\\*\\*([^*]+)\\*\\*\\s*:?\\s*$");

  ProfileDocument {
    preamble = List.copyOf(preamble);
    sections = List.copyOf(sections);
  }

  /** One section: its heading as written and its lines. */
  record Section(String heading, List<String> lines) {
    Section {
      lines = List.copyOf(lines);
    }

    /** The heading in lower case with only letters and spaces, for loose matching. */
    String key() {
      return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
  }

  /** The document, or {@code null} when it has no {@code # } title line. */
  static ProfileDocument parse(String text) {
    String title = null;
    List<String> preamble = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    String heading = null;
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      Matcher t = TITLE.matcher(line);
      String h = headingOf(line);
      if (title == null && t.matches()) {
        title = t.group(1);
      } else if (title != null && h != null) {
        close(heading, lines, preamble, sections);
        heading = h;
        lines = new ArrayList<>();
      } else if (title != null) {
        lines.add(line);
      }
    }
    if (title == null) {
      return null;
    }
    close(heading, lines, preamble, sections);
    return new ProfileDocument(title, preamble, sections);
  }

  /** The sections whose heading contains any of the words, in document order. */
  List<Section> find(String... words) {
    return sections.stream()
        .filter(s -> List.of(words).stream().anyMatch(w -> s.key().contains(w)))
        .toList();
  }

  /** The lines of every section whose heading contains any of the words, joined in order. */
  List<String> linesOf(String... words) {
    return find(words).stream().flatMap(s -> s.lines().stream()).toList();
  }

  private static String headingOf(String line) {
    Matcher m = HASH_HEADING.matcher(line);
    if (m.matches()) {
      return m.group(1);
    }
    Matcher b = BOLD_HEADING.matcher(line.strip());
    return b.matches() ? b.group(1).strip() : null;
  }

  private static void close(String heading, List<String> lines, List<String> preamble, List<Section> sections) {
    if (heading == null) {
      preamble.addAll(lines);
    } else {
      sections.add(new Section(heading, lines));
    }
  }
}

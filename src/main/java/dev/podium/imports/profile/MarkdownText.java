package dev.podium.imports.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the inline Markdown of a profile to plain text: links to their text, emphasis markers
 * dropped, and the typographic spaces and hyphens that break matching made plain.
 */
final class MarkdownText {
  /** A link with its text; an empty text (a bare anchor some exporters add) is allowed. */
  static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((https?://[^)\\s]+)\\)");

  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");

  private MarkdownText() {}

  /** A link found in text: what it says and where it goes. */
  record Link(String text, String url) {}

  /** The text with links reduced to their text and emphasis removed, spaces collapsed. */
  static String plain(String markdown) {
    String text = LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = text.replace("**", "").replaceAll("(?<![\\p{L}\\p{N}])_([^_]+)_(?![\\p{L}\\p{N}])", "$1");
    // Single-star emphasis (*Behavior-Based Robotics*): a star that opens before a letter and
    // closes after one, not a lone star or a multiplication sign.
    text = text.replaceAll("(?<![\\p{L}\\p{N}*])\\*(?=[\\p{L}\\p{N}])([^*\\n]+?)(?<=[\\p{L}\\p{N}.)!?])\\*(?![\\p{L}\\p{N}*])", "$1");
    return normalise(text);
  }

  /** Non-breaking spaces and hyphens made ASCII, runs of space collapsed. */
  static String normalise(String text) {
    return text.replace('\u2011', '-').replace('\u00A0', ' ').replace('\u202F', ' ')
        .replaceAll("\\s+", " ").strip();
  }

  /** The links with a text, in order. */
  static List<Link> links(String markdown) {
    List<Link> links = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      if (!m.group(1).isBlank()) {
        links.add(new Link(normalise(m.group(1)), m.group(2)));
      }
    }
    return links;
  }

  /** The items of the bullet lists among the lines, each as written after its marker. */
  static List<String> bullets(List<String> lines) {
    return lines.stream()
        .map(BULLET::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1).strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The paragraphs among the lines that are not list items: runs of non-blank lines, joined. */
  static List<String> paragraphs(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      boolean item = BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches();
      if (line.isBlank() || item) {
        flush(current, paragraphs);
      } else {
        current.append(current.isEmpty() ? "" : " ").append(line.strip());
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /**
   * The numbered items among the lines, each with the lines that follow it up to the next one
   * (its sub-bullets), joined by newlines.
   */
  static List<String> numberedItems(List<String> lines) {
    List<String> items = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      Matcher m = NUMBERED.matcher(line);
      if (m.matches()) {
        if (current != null) {
          items.add(current.toString());
        }
        current = new StringBuilder(m.group(1));
      } else if (current != null && !line.isBlank()) {
        current.append('\n').append(line.strip());
      }
    }
    if (current != null) {
      items.add(current.toString());
    }
    return items;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}

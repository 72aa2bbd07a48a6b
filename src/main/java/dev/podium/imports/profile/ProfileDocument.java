package dev.podium.imports.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown profile cut at its headings: the first level-one heading (the title), the blocks
 * between it and the next heading, and each section's blocks under its heading. A paragraph that is
 * all bold ({@code **Heading**}) counts as a heading too, since profiles are written either way.
 */
record ProfileDocument(Heading title, List<Node> preamble, List<Section> sections) {
  private static final Parser PARSER = Parser.builder().build();

  ProfileDocument {
    preamble = List.copyOf(preamble);
    sections = List.copyOf(sections);
  }

  /** One section: its heading as plain text and its blocks. */
  record Section(String heading, List<Node> blocks) {
    Section {
      blocks = List.copyOf(blocks);
    }

    /** The heading in lower case with only letters and spaces, for loose matching. */
    String key() {
      return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
  }

  /** The document, or {@code null} when it has no level-one heading. */
  static ProfileDocument parse(String text) {
    Heading title = null;
    List<Node> preamble = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    String heading = null;
    List<Node> blocks = new ArrayList<>();
    for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
      if (title == null) {
        if (block instanceof Heading h && h.getLevel() == 1) {
          title = h;
        }
        continue;
      }
      String h = headingOf(block);
      if (h != null) {
        close(heading, blocks, preamble, sections);
        heading = h;
        blocks = new ArrayList<>();
      } else {
        blocks.add(block);
      }
    }
    if (title == null) {
      return null;
    }
    close(heading, blocks, preamble, sections);
    return new ProfileDocument(title, preamble, sections);
  }

  /** The sections whose heading contains any of the words, in document order. */
  List<Section> find(String... words) {
    return sections.stream()
        .filter(s -> List.of(words).stream().anyMatch(w -> s.key().contains(w)))
        .toList();
  }

  /** The blocks of every section whose heading contains any of the words, joined in order. */
  List<Node> blocksOf(String... words) {
    return find(words).stream().flatMap(s -> s.blocks().stream()).toList();
  }

  private static String headingOf(Node block) {
    if (block instanceof Heading heading) {
      return MarkdownText.plain(heading);
    }
    return block instanceof Paragraph paragraph && isAllBold(paragraph)
        ? MarkdownText.plain(paragraph).replaceAll("\\s*:$", "")
        : null;
  }

  /** One bold span, and at most a colon after it. */
  private static boolean isAllBold(Paragraph paragraph) {
    Node first = paragraph.getFirstChild();
    if (!(first instanceof StrongEmphasis) || !MarkdownText.hasText(MarkdownText.plain(first))) {
      return false;
    }
    Node rest = first.getNext();
    return rest == null
        || rest.getNext() == null && rest instanceof Text t && t.getLiteral().strip().equals(":");
  }

  private static void close(
      String heading, List<Node> blocks, List<Node> preamble, List<Section> sections) {
    if (heading == null) {
      preamble.addAll(blocks);
    } else {
      sections.add(new Section(heading, blocks));
    }
  }
}

package dev.podium.imports.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Reads the parts of a profile's Markdown tree as plain text: links as their text, emphasis without
 * its markers, and the typographic spaces and hyphens that break matching made plain.
 */
final class MarkdownText {
  private static final Pattern WEB = Pattern.compile("(?i)^https?://\\S+$");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  private MarkdownText() {}

  /** A web link found in the text: what it says and where it goes. */
  record WebLink(String text, String url) {}

  /** The node's text with its markup gone, spaces collapsed. */
  static String plain(Node node) {
    StringBuilder out = new StringBuilder();
    appendPlain(node, out);
    return normalise(out.toString());
  }

  /** The plain text of the nodes from {@code first} up to, not including, {@code end}. */
  static String plainRun(Node first, Node end) {
    StringBuilder out = new StringBuilder();
    for (Node node = first; node != null && node != end; node = node.getNext()) {
      appendPlain(node, out);
    }
    return normalise(out.toString());
  }

  private static void appendPlain(Node node, StringBuilder out) {
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(Paragraph paragraph) {
            // Blocks inside a list item (its paragraph, its sub-items) read as one run of text.
            out.append(' ');
            visitChildren(paragraph);
          }
        });
  }

  /** Non-breaking spaces and hyphens made ASCII, runs of space collapsed. */
  static String normalise(String text) {
    return text.replace('\u2011', '-')
        .replace('\u00A0', ' ')
        .replace('\u202F', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Whether the text says anything: a lone "**" or "()" left by broken markup does not. */
  static boolean hasText(String text) {
    return text != null && LETTER_OR_DIGIT.matcher(text).find();
  }

  /**
   * The text normalised, or null when it says nothing: persona.yaml reads a blank value as absent,
   * so a blank one would not load back as written.
   */
  static String textOrNull(String text) {
    String plain = text == null ? "" : normalise(text);
    return hasText(plain) ? plain : null;
  }

  /**
   * The web links under the node that have a text, in order; a bare anchor that some exporters add
   * is not one.
   */
  static List<WebLink> links(Node node) {
    List<WebLink> links = new ArrayList<>();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            String text = plain(link);
            if (!text.isBlank() && WEB.matcher(link.getDestination()).matches()) {
              links.add(new WebLink(text, link.getDestination()));
            }
          }
        });
    return links;
  }

  /** The items of the bullet lists among the blocks. */
  static List<ListItem> bullets(List<Node> blocks) {
    return itemsOf(blocks, BulletList.class);
  }

  /** The items of the numbered lists among the blocks, each with its sub-items. */
  static List<ListItem> numberedItems(List<Node> blocks) {
    return itemsOf(blocks, OrderedList.class);
  }

  private static List<ListItem> itemsOf(List<Node> blocks, Class<? extends Node> listType) {
    List<ListItem> items = new ArrayList<>();
    for (Node block : blocks) {
      if (listType.isInstance(block)) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          items.add((ListItem) item);
        }
      }
    }
    return items;
  }

  /** The paragraphs among the blocks, outside lists. */
  static List<Paragraph> paragraphs(List<Node> blocks) {
    return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
  }
}

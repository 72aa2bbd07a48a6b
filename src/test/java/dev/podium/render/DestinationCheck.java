package dev.podium.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The property of {@link MarkdownEscaper#destination}, shared by the seeded test and the fuzz
 * target: after "](", any value is the whole destination of one link, as it was but for its spaces
 * and control characters, which are percent-encoded.
 */
public final class DestinationCheck {
  private static final Parser PARSER = Parser.builder().build();

  private DestinationCheck() {}

  /** Throws an AssertionError naming the document when the value breaks the link. */
  public static void holds(String value) {
    String document = "[x](" + MarkdownEscaper.destination(value) + ") after";
    Node root = PARSER.parse(document);
    if (!(root.getFirstChild() instanceof Paragraph paragraph)
        || paragraph.getNext() != null
        || !(paragraph.getFirstChild() instanceof Link link)
        || !isOnlyText(link.getFirstChild(), "x")
        || !link.getDestination().equals(encoded(value))
        || !isOnlyText(link.getNext(), " after")) {
      throw new AssertionError("the link broke apart in " + document);
    }
  }

  private static boolean isOnlyText(Node node, String literal) {
    return node instanceof Text text && text.getLiteral().equals(literal) && text.getNext() == null;
  }

  private static String encoded(String value) {
    StringBuilder expected = new StringBuilder();
    for (char c : value.toCharArray()) {
      expected.append(
          c == ' ' || Character.isISOControl(c)
              ? URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8).replace("+", "%20")
              : String.valueOf(c));
    }
    return expected.toString();
  }
}

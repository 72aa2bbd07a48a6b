package dev.podium.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.render.DestinationCheck;
import dev.podium.render.MarkdownEscaper;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Whatever text a record holds, once escaped it parses back as that text and nothing else: no
 * emphasis, link, image, HTML, heading, list, quote or code, at a line start or mid-sentence; and
 * inside a template's image description it stays there. Escaped as a destination instead, it is the
 * whole address of one link.
 */
class MarkdownEscaperFuzzTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @FuzzTest(maxDuration = "45s")
  void escapedTextHasNoStructure(String value) {
    if (value == null) {
      return;
    }
    DestinationCheck.holds(value);
    // Line breaks become spaces and other control characters the replacement character.
    String expected =
        value
            .replaceAll("[\\r\\n\\t\\u2028\\u2029\\u000B\\u000C]+", " ")
            .replaceAll("\\p{Cc}", "\uFFFD")
            .strip();
    String escaped = MarkdownEscaper.escape(value);
    if (expected.isEmpty() || expected.indexOf('\0') >= 0) {
      return;
    }
    for (String document : List.of(escaped, "Before " + escaped + " after")) {
      StringBuilder text = new StringBuilder();
      PARSER
          .parse(document)
          .accept(
              new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                  text.append(node.getLiteral());
                }

                /** An address of another scheme than the web's is set as code, on purpose. */
                @Override
                public void visit(Code node) {
                  text.append(node.getLiteral());
                }

                @Override
                protected void visitChildren(Node parent) {
                  if (!(parent instanceof Document) && !(parent instanceof Paragraph)) {
                    throw new AssertionError(
                        parent.getClass().getSimpleName() + " made from " + document);
                  }
                  super.visitChildren(parent);
                }
              });
      if (document.equals(escaped)
          && !text.toString().equals(expected.replace('\u0000', '\uFFFD'))) {
        throw new AssertionError("parsed back as «" + text + "», not «" + expected + "»");
      }
    }
    imageDescriptionHoldsIt(escaped);
  }

  /** Inside an image description, as in a chart's alt text, the value stays in the description. */
  private static void imageDescriptionHoldsIt(String escaped) {
    String document = "![Chart of " + escaped + ".](chart.svg)";
    Node paragraph = PARSER.parse(document).getFirstChild();
    if (!(paragraph instanceof Paragraph)
        || !(paragraph.getFirstChild() instanceof Image image)
        || image.getNext() != null
        || !image.getDestination().equals("chart.svg")) {
      throw new AssertionError("the image broke apart in " + document);
    }
  }
}

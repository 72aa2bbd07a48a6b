package dev.podium.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownEscaperTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          plain text ¦ plain text
          *Foo* [x](javascript:alert(1)) ¦ \\*Foo\\* \\[x\\](javascript:alert(1))
          ![img](http://x/y.png) ¦ !\\[img\\](http://x/y.png)
          <script>alert(1)</script> ¦ \\<script\\>alert(1)\\</script\\>
          a | b ¦ a \\| b
          # Heading ¦ \\# Heading
          - item ¦ \\- item
          + item ¦ \\+ item
          12. item ¦ 12\\. item
          3) item ¦ 3\\) item
          0.1.0 ¦ 0.1.0
          -2 degrees ¦ -2 degrees
          snake_case and `code` ¦ snake\\_case and \\`code\\`
          AT&T and &amp; and &#65; ¦ AT&T and \\&amp; and \\&\\#65;
          ~~gone~~ ¦ \\~\\~gone\\~\\~
          back\\slash ¦ back\\\\slash
          Ondřej Dušek, Σωκράτης, Пётр ¦ Ondřej Dušek, Σωκράτης, Пётр
          [1], [2]; [a] ¦ [1], [2]; [a]
          see [1] and [[2]] ¦ see [1] and [[2]]
          [ref]: http://x ¦ \\[ref\\]: http://x
          [a][b] ¦ \\[a\\]\\[b\\]
          an [open bracket ¦ an \\[open bracket
          a stray] one [2] ¦ a stray\\] one \\[2\\]
          """)
  void escapesStructureAndLeavesHarmlessTextAlone(String input, String expected) {
    assertThat(MarkdownEscaper.escape(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "'line one\nline two', 'line one line two'",
    "'  padded  ', 'padded'",
    "'=====', '\\====='"
  })
  void makesValuesInlineText(String input, String expected) {
    assertThat(MarkdownEscaper.escape(input)).isEqualTo(expected);
  }

  /**
   * Readers that autolink bare addresses link any scheme, whatever escapes surround it; an address
   * of another scheme than the web's is therefore set as code, and only http and https link.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          See javascript://x.example/%0aalert(1) now ¦ See `javascript://x.example/%0aalert(1)` now
          file:///etc/passwd ¦ `file:///etc/passwd`
          on smb://host/share|x ¦ on `smb://host/share`\\|x
          https://example.org/a_b ¦ https://example.org/a\\_b
          HTTP://example.org ¦ HTTP://example.org
          """)
  void setsAddressesOfOtherSchemesAsCode(String input, String expected) {
    String escaped = MarkdownEscaper.escape(input);
    assertThat(escaped).isEqualTo(expected);
    Parser autolinking =
        Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
            .build();
    List<String> destinations = new ArrayList<>();
    autolinking
        .parse("Before " + escaped + " after")
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                destinations.add(link.getDestination());
              }
            });
    assertThat(destinations).allMatch(d -> d.toLowerCase(java.util.Locale.ROOT).startsWith("http"));
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacter() {
    assertThat(MarkdownEscaper.escape("Title\u001B]0;owned\u0007 and\b more\u009B"))
        .isEqualTo("Title\uFFFD\\]0;owned\uFFFD and\uFFFD more\uFFFD");
  }

  static List<String> hostileValues() {
    List<String> values =
        new ArrayList<>(
            List.of(
                "*Foo* [x](javascript:alert(1))",
                "[a]: http://evil.example",
                "[a] [b] [c](d) [e][f] [g]:h ![i](j)",
                "> quoted",
                "    indented code",
                "| a | b |",
                "---",
                "<http://autolink.example>",
                "Title\n\n# Injected heading",
                "`code` **bold** _em_ ~~del~~",
                "&lt;b&gt;",
                "1. one",
                "Setext\n==="));
    // Seeded random strings over Markdown's special characters: the same cases every run.
    Random random = new Random(20261123);
    String alphabet = "*_[]()<>!#|`~&\\-+=.:/ \nab1";
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(s.toString());
    }
    return values;
  }

  /** Wherever a value lands, at a line start or mid-sentence, it parses back as its own text. */
  @ParameterizedTest
  @MethodSource("hostileValues")
  void escapedValuesParseBackAsTheSameTextAndNothingElse(String value) {
    String escaped = MarkdownEscaper.escape(value);
    String expectedText = value.replaceAll("[\\r\\n\\t]+", " ").strip();
    if (expectedText.isEmpty()) {
      return;
    }
    for (String document :
        List.of(escaped, "Before " + escaped + " after", "| h |\n|---|\n| " + escaped + " |")) {
      Node root = PARSER.parse(document);
      List<String> kinds = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      root.accept(
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
              if (!(parent instanceof Document)
                  && !(parent instanceof Paragraph)
                  && !(parent instanceof Text)
                  && !parent.getClass().getPackageName().contains("tables")) {
                kinds.add(parent.getClass().getSimpleName());
              }
              super.visitChildren(parent);
            }
          });
      assertThat(kinds).as("structure made from %s", document).isEmpty();
      if (document.equals(escaped)) {
        assertThat(text.toString()).isEqualTo(expectedText);
      }
    }
  }

  /**
   * Inside a template's image description, as in a chart's alt text, a value stays in the
   * description: the image keeps its destination, and the description reads as its text.
   */
  @ParameterizedTest
  @MethodSource("hostileValues")
  void escapedValuesStayInsideAnImageDescription(String value) {
    String expectedText = value.replaceAll("[\\r\\n\\t]+", " ").strip();
    if (expectedText.isEmpty()) {
      return;
    }
    String document = "![Chart of " + MarkdownEscaper.escape(value) + ", in words](chart.svg)";
    List<String> destinations = new ArrayList<>();
    List<String> others = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    PARSER
        .parse(document)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Image image) {
                destinations.add(image.getDestination());
                image.accept(
                    new AbstractVisitor() {
                      @Override
                      public void visit(Text text) {
                        description.append(text.getLiteral());
                      }
                    });
              }

              @Override
              protected void visitChildren(Node parent) {
                if (!(parent instanceof Document) && !(parent instanceof Paragraph)) {
                  others.add(parent.getClass().getSimpleName());
                }
                super.visitChildren(parent);
              }
            });
    assertThat(destinations).as(document).containsExactly("chart.svg");
    assertThat(others).as(document).isEmpty();
    assertThat(description.toString()).isEqualTo("Chart of " + expectedText + ", in words");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4937924 |"
            + " https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4937924",
        "https://en.wikipedia.org/wiki/Foo_(bar) | https://en.wikipedia.org/wiki/Foo_(bar)",
        "https://example.org/a)b | https://example.org/a\\)b",
        "https://example.org/?a=1&copy;b | https://example.org/?a=1\\&copy;b",
        "https://example.org/a\\b | https://example.org/a\\\\b",
        "\"a b\" | a%20b",
        "<x> | \\<x>",
        "a\u0085b | a%C2%85b",
      })
  void escapesADestinationOnlyWhereItCouldChangeOrEndTheAddress(String input, String expected) {
    assertThat(MarkdownEscaper.destination(input)).isEqualTo(expected);
  }

  /** After "](", any value is the whole destination of one link, as it was but for spaces. */
  @ParameterizedTest
  @MethodSource("hostileValues")
  void destinationsParseBackAsTheSameAddress(String value) {
    DestinationCheck.holds(value);
  }
}

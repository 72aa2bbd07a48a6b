package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes read as evidence: body size and colour, with the strong words bold and underlined. */
class QuoteStyleTest {
  private static final String MARKDOWN =
      """
      Body text with **bold body** words.

      > Quoted evidence with **the warrant** marked, and more quoted words.
      """;

  @TempDir Path folder;

  private DrawnPage page() {
    return new DrawnPage(TypesetFixture.typeset(MARKDOWN, TypesetFixture.settings(folder)));
  }

  @Test
  void quotedTextIsSetAtBodySizeInTheBodyColour() {
    DrawnPage page = page();
    DrawnPage.Glyph body = page.word("Body").get(0);
    List<DrawnPage.Glyph> quoted = page.word("Quoted evidence");
    assertThat(quoted)
        .allSatisfy(
            g -> {
              assertThat(g.size()).isEqualTo(Typography.BODY_SIZE);
              assertThat(g.size()).isEqualTo(body.size());
              assertThat(g.rgb()).isEqualTo(Typography.TEXT.getRGB() & 0xFFFFFF);
              assertThat(g.rgb()).isEqualTo(body.rgb());
              assertThat(g.font()).doesNotContain("Bold").doesNotContain("Italic");
            });
    assertThat(quoted.get(0).x()).as("indented").isGreaterThan(body.x() + 10f);
  }

  @Test
  void strongTextInAQuoteIsBoldAndUnderlined() {
    DrawnPage page = page();
    List<DrawnPage.Glyph> warrant = page.word("the warrant");
    assertThat(warrant).allSatisfy(g -> assertThat(g.font()).contains("Bold"));
    assertThat(warrant).allSatisfy(g -> assertThat(g.size()).isEqualTo(Typography.BODY_SIZE));
    assertThat(page.underlined(warrant)).isTrue();
  }

  @Test
  void onlyStrongQuotedTextIsUnderlined() {
    DrawnPage page = page();
    assertThat(page.underlined(page.word("Quoted evidence"))).isFalse();
    assertThat(page.underlined(page.word("marked, and more"))).isFalse();
    List<DrawnPage.Glyph> boldBody = page.word("bold body");
    assertThat(boldBody).allSatisfy(g -> assertThat(g.font()).contains("Bold"));
    assertThat(page.underlined(boldBody)).isFalse();
  }
}

package dev.podium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.chart.ChartFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartGlyphsTest {
  private static final Path MARKDOWN = Path.of("brief.md");

  @TempDir static Path temp;
  private static Path liberation;
  private static Path broken;

  @BeforeAll
  static void fonts() throws Exception {
    liberation = temp.resolve("LiberationSans-Regular.ttf");
    try (var in =
        ChartGlyphsTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      Files.copy(in, liberation);
    }
    broken = Files.writeString(temp.resolve("broken.ttf"), "not a font");
  }

  @Test
  void theBundledFontIsKeptWhenItHasEveryCharacterAndNoFileIsRead() {
    ChartGlyphs glyphs = new ChartGlyphs(List.of(broken, liberation));
    assertThat(glyphs.choose(List.of("Governance (8)", "2024"))).isSameAs(ChartFonts.bundled());
    assertThat(glyphs.drawable("Governance (8)")).isEqualTo("Governance (8)");
    assertThat(glyphs.warnings(MARKDOWN)).isEmpty();
  }

  @Test
  void theFirstReadableAddedFontWithEveryCharacterIsChosen() {
    ChartGlyphs glyphs = new ChartGlyphs(List.of(broken, liberation));
    assertThat(glyphs.choose(List.of("Bitcoin ₿", "2024"))).isNotSameAs(ChartFonts.bundled());
    assertThat(glyphs.drawable("Bitcoin ₿")).isEqualTo("Bitcoin ₿");
    assertThat(glyphs.warnings(MARKDOWN)).isEmpty();
  }

  @Test
  void withoutAFontThatHasItACharacterIsReplacedAndReported() {
    ChartGlyphs glyphs = new ChartGlyphs(List.of(broken));
    assertThat(glyphs.choose(List.of("Bitcoin ₿"))).isSameAs(ChartFonts.bundled());
    assertThat(glyphs.drawable("Bitcoin ₿")).isEqualTo("Bitcoin \uFFFD");
    assertThat(glyphs.warnings(MARKDOWN))
        .containsExactly(
            "brief.md: warning: the chart font has no '₿' (U+20BF); the charts show \uFFFD instead"
                + " (add a font that has it with --font FILE)");
  }

  @Test
  void theFontThatLacksFewestIsChosenWhenNoneHasEverything() {
    // DejaVu Serif has 'ŉ' (U+0149) but not '₿'; Liberation Sans has '₿' and 'ŉ' but not '欺'.
    ChartGlyphs glyphs = new ChartGlyphs(List.of(liberation));
    assertThat(glyphs.choose(List.of("₿ ŉ 欺"))).isNotSameAs(ChartFonts.bundled());
    // Liberation Sans has no U+FFFD either, so the mark is a question mark.
    assertThat(glyphs.drawable("₿ ŉ 欺")).isEqualTo("₿ ŉ ?");
    assertThat(glyphs.warnings(MARKDOWN)).hasSize(1).allMatch(w -> w.contains("'欺' (U+6B3A)"));
  }
}

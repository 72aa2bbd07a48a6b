package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleOptionTest {
  @TempDir Path temp;

  @Test
  void listsTheShippedStylesWithHowEachCitesAndTheLocales() {
    MainTest.Run styles = MainTest.podium("list", "styles");
    assertThat(styles.code()).isZero();
    assertThat(styles.out().lines())
        .hasSize(45)
        .anySatisfy(l -> assertThat(l).matches("ieee +numeric"))
        .anySatisfy(l -> assertThat(l).matches("apa +author-date"))
        .anySatisfy(l -> assertThat(l).matches("modern-language-association +author"));
    MainTest.Run locales = MainTest.podium("list", "locales");
    assertThat(locales.out().lines()).hasSize(61).contains("de-DE", "en-GB", "fr-FR", "zh-TW");
  }

  @Test
  void tabCompletionOffersTheShippedStylesAndLocales() {
    MainTest.Run completion = MainTest.podium("completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out())
        .contains("chicago-author-date", "modern-language-association", "de-DE");
  }

  @Test
  void anUnknownStyleOrLocaleIsAUsageErrorWithNearMatches() {
    MainTest.Run style = MainTest.podium("brief", "--style", "iee", "-o", "-");
    assertThat(style.code()).isEqualTo(2);
    assertThat(style.err())
        .isEqualTo(
            "podium: unknown citation style 'iee' (did you mean ieee?); 'podium list styles'"
                + " lists the 45 Podium ships, and --csl FILE takes any other\n");
    MainTest.Run locale = MainTest.podium("brief", "--locale", "en-UK", "-o", "-");
    assertThat(locale.code()).isEqualTo(2);
    assertThat(locale.err())
        .isEqualTo(
            "podium: unknown CSL locale 'en-UK' (did you mean one of en-GB, en-US?);"
                + " 'podium list locales' lists all 61\n");
    MainTest.Run both = MainTest.podium("brief", "--style", "apa", "--csl", "x.csl", "-o", "-");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err())
        .isEqualTo("podium: --style and --csl both name a style; give one of them\n");
  }

  @Test
  void aStyleFileThatCannotBeUsedIsBadInputNamingTheFileAndPlace() throws Exception {
    Path missing = temp.resolve("missing.csl");
    MainTest.Run run = MainTest.podium("brief", "--csl", missing.toString(), "-o", "-");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("podium: " + missing + ": style file not found\n");

    Path notes = temp.resolve("notes.csl");
    Files.writeString(
        notes,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
          <info><category citation-format="note"/></info>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><layout><text variable="title"/></layout></bibliography>
        </style>
        """,
        StandardCharsets.UTF_8);
    run = MainTest.podium("brief", "--csl", notes.toString(), "-o", "-");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("podium: " + notes + ":3:").contains(": a note style:");

    Path broken = temp.resolve("broken.csl");
    Files.writeString(
        broken, "<style xmlns=\"http://purl.org/net/xbiblio/csl\">\n<info>\n</style>\n");
    run = MainTest.podium("brief", "--csl", broken.toString(), "-o", "-");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("podium: " + broken + ":3:")
        .contains("not well-formed XML")
        .doesNotContain("\tat ");
  }

  @Test
  void aStyleFileAndALocaleShapeTheReferences() throws Exception {
    Path din = temp.resolve("my-din.csl");
    try (var in = StyleOptionTest.class.getResourceAsStream("/din-1505-2.csl")) {
      Files.write(din, in.readAllBytes());
    }
    MainTest.Run german = MainTest.podium("brief", "--csl", din.toString(), "-o", "-");
    assertThat(german.code()).isZero();
    String references = german.out().substring(german.out().indexOf("## References"));
    // The style's own default locale is German: DIN's "u. a." for authors a listing leaves out.
    assertThat(references).contains(" ; u.\u00a0a.: ");

    MainTest.Run english =
        MainTest.podium("brief", "--csl", din.toString(), "--locale", "en", "-o", "-");
    assertThat(english.code()).isZero();
    assertThat(english.out().substring(english.out().indexOf("## References")))
        .contains(" ; et al.: ")
        .doesNotContain("u.\u00a0a.");
  }
}

package dev.podium.cli;

import static dev.podium.TestSeeds.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandTest {
  @TempDir Path temp;
  private Path seeds;
  private Path themes;

  @BeforeEach
  void copySeeds() throws Exception {
    seeds = TestSeeds.copy(temp);
    themes = seeds.resolve("personas/fazl-barez/themes.yaml");
  }

  private MainTest.Run draft(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "draft";
    args[1] = "fazl-barez";
    args[2] = "--seeds=" + seeds;
    System.arraycopy(more, 0, args, 3, more.length);
    return MainTest.podium(args);
  }

  @Test
  void draftsEveryStanceWithRecordsAndSaysWhatEachRestsOn() throws Exception {
    Files.delete(themes);
    MainTest.Run run = draft();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("draft   deception  3 key points")
        .contains("draft   unlearning-limits")
        .contains("draft   governance")
        .contains("bear the other way: precise-concept-erasure")
        .contains(
            "wrote " + seeds.resolve("personas/fazl-barez/themes.yaml") + " (drafted themes)");
    String text = Files.readString(themes);
    assertThat(text.split("\n    drafted: true\n", -1)).hasSize(5);
    // A record that refutes the stance on his side is an objection, never an argument.
    String unlearning =
        text.substring(
            text.indexOf("stance: unlearning-limits"), text.indexOf("stance: governance"));
    assertThat(unlearning.substring(0, unlearning.indexOf("counters:")))
        .doesNotContain("precise-concept-erasure");
    assertThat(unlearning.substring(unlearning.indexOf("counters:")))
        .contains("precise-concept-erasure");
    assertThat(MainTest.podium("check", "--seeds", seeds.toString()).err())
        .contains("themes.yaml:")
        .contains(
            "warning: theme 'deception' is drafted by podium draft and not yet reviewed; review it,"
                + " then remove `drafted: true`");
    MainTest.Run brief =
        MainTest.podium(
            "brief",
            "fazl-barez",
            "--seeds",
            seeds.toString(),
            "--out",
            temp.resolve("out").toString());
    assertThat(brief.code()).as(brief.err()).isZero();
    String moderator =
        Files.readString(temp.resolve("out/fazl-barez/ai-autonomy-over-life/moderator.md"));
    // Said once, before the cards: what a line marked drafted is.
    assertThat(moderator)
        .containsOnlyOnce(
            "Lines marked “drafted” were drafted by Podium from his records and not yet reviewed by"
                + " a person");
    // Every line is drafted now, and says so in its heading.
    assertThat(moderator.lines().filter(l -> l.matches("### \\d\\. .+")))
        .hasSize(4)
        .allMatch(l -> l.endsWith(" (drafted)"));
    assertThat(moderator)
        .containsPattern("\n### \\d\\. Deception and hidden behaviour \\(drafted\\)\n");
    // A key point of three records: the card quotes its lead and names the other two after it.
    assertThat(moderator).containsPattern("\n\\*Also: \\[\\d+], \\[\\d+]\\.\\*\n");
  }

  @Test
  void aRerunKeepsEditedAndReviewedThemesAndRedraftsOnlyUntouchedOnes() throws Exception {
    Files.delete(themes);
    draft();
    String first = Files.readString(themes);
    assertThat(draft().out()).contains("same    deception").contains("nothing to write");
    assertThat(Files.readString(themes)).isEqualTo(first);

    // Edit deception's first claim; mark unlearning-limits reviewed by removing its marks.
    String claim =
        first.substring(first.indexOf("- claim: \"") + 10, first.indexOf("- claim: \"") + 40);
    edit(themes, claim, "My own words, written by hand");
    String text = Files.readString(themes);
    int mark = text.indexOf("    drafted: true\n", text.indexOf("stance: unlearning-limits"));
    int end = text.indexOf('\n', text.indexOf("draft_digest:", mark)) + 1;
    Files.writeString(themes, text.substring(0, mark) + text.substring(end));
    String edited = Files.readString(themes);

    MainTest.Run rerun = draft();
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(rerun.out())
        .contains("keep    deception  edited since drafted")
        .contains("keep    unlearning-limits  written by hand")
        .contains("same    governance");
    assertThat(Files.readString(themes))
        .isEqualTo(edited)
        .contains("My own words, written by hand");
  }

  @Test
  void curatedThemesAreNeverTouched() throws Exception {
    String before = Files.readString(themes);
    String curated = before.substring(0, before.indexOf("  - stance: robustness-failures"));
    MainTest.Run run = draft();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("keep    deception  written by hand")
        .contains("keep    unlearning-limits  written by hand")
        .contains("keep    governance  written by hand");
    // Whatever happens to the drafted theme after them, the written ones keep their bytes.
    assertThat(Files.readString(themes)).startsWith(curated);
    MainTest.Run again = draft();
    assertThat(again.out())
        .contains("keep    deception  written by hand")
        .contains("nothing to write");
  }

  @Test
  void theBundledDraftedThemeIsAsPodiumDraftWritesItNow() throws Exception {
    // The committed briefs quote the bundled drafted theme; it must be what podium draft writes, or
    // they show cards the drafter no longer cuts (a drafted card quotes its tag's finding).
    byte[] before = Files.readAllBytes(themes);
    MainTest.Run run = draft();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("same    robustness-failures").contains("nothing to write");
    assertThat(Files.readAllBytes(themes)).isEqualTo(before);
  }

  @Test
  void aNewThemeIsAddedAfterTheCuratedOnesWhichKeepTheirBytesAndComments() throws Exception {
    String before = Files.readString(themes);
    int governance = before.indexOf("  - stance: governance");
    Files.writeString(themes, before.substring(0, governance));
    MainTest.Run run = draft();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("keep    deception  written by hand")
        .contains("draft   governance");
    String after = Files.readString(themes);
    assertThat(after)
        .startsWith(before.substring(0, governance))
        .contains("  - stance: governance\n");
    assertThat(MainTest.podium("check", "--seeds", seeds.toString()).code()).isZero();
  }

  @Test
  void aDryRunWritesNothing() throws Exception {
    Files.delete(themes);
    MainTest.Run run = draft("--dry-run");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("draft   deception")
        .contains("would write")
        .contains("dry run: nothing written");
    assertThat(themes).doesNotExist();
  }

  @Test
  void aPersonaWithoutThemesGetsAThemesFileThatChecks() throws Exception {
    MainTest.Run run = MainTest.podium("draft", "philip-torr", "--seeds", seeds.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("draft   deception  1 key points");
    assertThat(Files.readString(seeds.resolve("personas/philip-torr/themes.yaml")))
        .startsWith("# yaml-language-server: $schema=../../schemas/themes.schema.json\n")
        .contains("evidence: [poisonbench]");
    assertThat(MainTest.podium("check", "--seeds", seeds.toString()).code()).isZero();
  }

  @Test
  void exitCodesFollowTheConventions() throws Exception {
    MainTest.Run unknown = MainTest.podium("draft", "nobody", "--seeds", seeds.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("podium: unknown persona 'nobody'");
    assertThat(MainTest.podium("draft", "--seeds", seeds.toString()).code()).isEqualTo(2);
    edit(
        seeds.resolve("personas/fazl-barez/evidence.yaml"),
        "stances: [governance]",
        "stances: [govrnance]");
    MainTest.Run bad = draft();
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err())
        .contains("unknown stance 'govrnance'")
        .contains("nothing drafted, nothing written");
  }
}

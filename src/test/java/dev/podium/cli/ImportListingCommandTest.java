package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportListingCommandTest {
  private static final Path LISTING =
      Path.of("seeds/personas/fazl-barez/sources/001_b89f686bb3a49483.txt");
  private static final Clock IN_2031 =
      Clock.fixed(Instant.parse("2031-07-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path temp;

  record Run(int code, String out, String err) {}

  static Run podium(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(clock, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run podium(String... args) {
    return podium(IN_2031, args);
  }

  /** Every file under the folder with its content, to show that a run changed nothing. */
  static Map<String, String> snapshot(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      Map<String, String> all = new TreeMap<>();
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.put(dir.relativize(f).toString(), Files.readString(f));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void reimportingTheCommittedListingChangesNothing() {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);
    Path copy = seeds.resolve("personas/fazl-barez/sources/001_b89f686bb3a49483.txt");

    Run run =
        podium(
            "import",
            "listing",
            copy.toString(),
            "--persona",
            "fazl-barez",
            "--year",
            "2026",
            "--seeds",
            seeds.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "imported 0 added, 0 updated, 50 unchanged, 0 kept as written, 0 not in this listing\n")
        .endsWith("is up to date\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void aNewPersonaIsCreatedCheckedAndBriefed() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Run run =
        podium(
            "import",
            "listing",
            LISTING.toString(),
            "--persona",
            "jane-doe",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith(
            "note: dates without a year are read as 2031 (the current year; use --year to change"
                + " it)\n")
        .contains(
            "add     sleeper-agents  \"Sleeper Agents: Training Deceptive LLMs that Persist Through"
                + " Safety Training\"\n")
        .contains("imported 50 added, 0 updated, 0 unchanged");
    Path persona = seeds.resolve("personas/jane-doe");
    assertThat(persona.resolve("sources/001_b89f686bb3a49483.txt")).hasSameBinaryContentAs(LISTING);
    assertThat(Files.readString(persona.resolve("evidence.yaml")))
        .contains("    year: 2031\n")
        .contains("    date: \"2031-05-17\"\n");
    assertThat(podium("check", "--seeds", seeds.toString()).out()).startsWith("ok: ");
    Run brief =
        podium(
            "brief",
            "jane-doe",
            "--seeds",
            seeds.toString(),
            "--out",
            temp.resolve("out").toString());
    assertThat(brief.code()).as(brief.err()).isZero();
  }

  @Test
  void aDryRunSaysWhatItWouldDoAndWritesNothing() {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);
    Run run =
        podium(
            "import",
            "listing",
            LISTING.toString(),
            "--persona",
            "jane-doe",
            "--dry-run",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("would import 50 added")
        .contains("would write " + seeds + "/personas/jane-doe/evidence.yaml (evidence)\n")
        .endsWith("dry run: nothing written\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void aCuratedEditSurvivesAReimportOfAChangedListing() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path evidence = seeds.resolve("personas/fazl-barez/evidence.yaml");
    TestSeeds.edit(evidence, "  - id: pmic\n", "  - id: pmic-marl\n");
    Path changed = temp.resolve("pubs.txt");
    Files.writeString(
        changed,
        Files.readString(LISTING)
            .replace("MAMar 16, 2022\n", "77.7MAMar 16, 2022\n")
            .replace("CLMay 17Code\nOld Habits", "CLMay 17\nOld Habits"));

    Run run =
        podium(
            "import",
            "listing",
            changed.toString(),
            "--persona",
            "fazl-barez",
            "--year",
            "2026",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("update  pmic-marl  score\n")
        .contains("update  old-habits-die-hard  code\n")
        .contains("imported 0 added, 2 updated, 48 unchanged");
    String yaml = Files.readString(evidence);
    assertThat(yaml)
        .contains("  - id: pmic-marl\n")
        .contains("score: 77.7")
        .contains("listing:\n    source: \"sources/pubs.txt\"");
    assertThat(seeds.resolve("personas/fazl-barez/sources/pubs.txt"))
        .hasSameTextualContentAs(changed);
    assertThat(podium("check", "--seeds", seeds.toString()).code()).isZero();
  }

  @Test
  void malformedEntriesAreAllReportedAndNothingIsWritten() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);
    Path broken = temp.resolve("broken.txt");
    Files.writeString(
        broken,
        """
        93.1CLMay 17Code
        Good PaperAda Lovelace
        An abstract.
        CLMai 3
        Bad Month PaperAlan Turing
        Abstract.
        LGJan 1, 2020
        No Authors Here
        Abstract.
        """);

    Run run =
        podium(
            "import",
            "listing",
            broken.toString(),
            "--persona",
            "fazl-barez",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            broken
                + ":4:3: expected a month such as May after the category\n"
                + broken
                + ":8:1: no author list found at the end of the title line; expected the title"
                + " glued to names such as \"Ada Lovelace, Alan Turing et al.\"\n"
                + "podium: 2 errors, 0 warnings; nothing imported, nothing written\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void aBrokenEvidenceFileStopsTheImport() {
    Path seeds = TestSeeds.copy(temp);
    TestSeeds.edit(
        seeds.resolve("personas/fazl-barez/evidence.yaml"),
        "    et_al: true\n",
        "    et_al: maybe\n");
    Map<String, String> before = snapshot(seeds);

    Run run =
        podium(
            "import",
            "listing",
            LISTING.toString(),
            "--persona",
            "fazl-barez",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains("evidence.yaml:")
        .contains("expected true or false for 'et_al'")
        .doesNotContain("\tat ");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void usageMistakesExitTwo() {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    assertThat(podium("import").code()).isEqualTo(2);
    assertThat(podium("import").err()).startsWith("podium: missing source kind: listing");
    assertThat(podium("import", "listing", "--persona", "x", "--seeds", dir).code()).isEqualTo(2);
    assertThat(podium("import", "listing", LISTING.toString(), "--seeds", dir).code()).isEqualTo(2);
    assertThat(
            podium("import", "listing", LISTING.toString(), "--persona", "../x", "--seeds", dir)
                .err())
        .startsWith("podium: bad persona '../x'");
    assertThat(podium("import", "listing", "nope.txt", "--persona", "x", "--seeds", dir).err())
        .isEqualTo("podium: listing not found: nope.txt\n");
    assertThat(
            podium(
                    "import",
                    "listing",
                    LISTING.toString(),
                    "--persona",
                    "x",
                    "--year",
                    "26",
                    "--seeds",
                    dir)
                .code())
        .isEqualTo(2);
    assertThat(podium("import", "bibtex").code()).isEqualTo(2);
  }
}

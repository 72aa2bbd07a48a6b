package dev.podium.cli;

import static dev.podium.cli.ImportListingCommandTest.podium;
import static dev.podium.cli.ImportListingCommandTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.cli.ImportListingCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code import csl-json} and {@code import ris}, on a Zotero export of each. */
class ImportInterchangeCommandTest {
  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({"csl-json, zotero.json, 75:3", "ris, zotero.ris, 69:1"})
  void aZoteroExportImportsAndReimportsKeepingCuratedFields(
      String kind, String name, String skipped) throws Exception {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    Path file = Path.of("src/test/resources/interchange", name);

    Run run = podium("import", kind, file.toString(), "--persona", "jane-doe", "--seeds", dir);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo(
            file
                + ":"
                + skipped
                + ": warning: item 'A Blog Post Without an Abstract' has no"
                + " abstract; skipped (a record needs title, author, date and abstract)\n");
    assertThat(run.out())
        .contains("add     sleeper-agents  \"Sleeper Agents: Training Deceptive LLMs")
        .contains("imported 4 added, 0 updated, 0 unchanged")
        .contains("sources/" + name + " (copy of the ");
    assertThat(seeds.resolve("personas/jane-doe/sources/" + name)).hasSameBinaryContentAs(file);
    assertThat(podium("check", "--seeds", dir).out()).startsWith("ok: ");

    Path evidence = seeds.resolve("personas/jane-doe/evidence.yaml");
    TestSeeds.edit(
        evidence,
        "title: \"Probing for Deception in Language Models\"",
        "title: \"Probing for Deception\"");
    Map<String, String> before = snapshot(seeds);
    Run again = podium("import", kind, file.toString(), "--persona", "jane-doe", "--seeds", dir);
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("0 added, 0 updated, 4 unchanged").endsWith("is up to date\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
    assertThat(Files.readString(evidence)).contains("written by `podium import " + kind + "`");
  }

  @ParameterizedTest
  @CsvSource({
    "csl-json, bad.json, '[\n  {\"title\": \"A\",}\n]\n', ':2:17: malformed JSON: '",
    "ris, bad.ris, 'TY  - JOUR\nTI  - A\n', ':1:1: the file ends inside this reference'"
  })
  void badInputIsALocatedErrorAndNothingIsWritten(
      String kind, String name, String text, String error) throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    Map<String, String> before = snapshot(seeds);

    Run run =
        podium(
            "import", kind, file.toString(), "--persona", "jane-doe", "--seeds", seeds.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(file + error)
        .endsWith("nothing imported, nothing written\n")
        .doesNotContain("\tat ");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource({"csl-json, zotero.json", "ris, zotero.ris"})
  void aDryRunWritesNothing(String kind, String name) {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);
    Path file = Path.of("src/test/resources/interchange", name);

    Run run =
        podium(
            "import",
            kind,
            file.toString(),
            "--persona",
            "jane-doe",
            "--dry-run",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("would import 4 added").endsWith("dry run: nothing written\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }
}

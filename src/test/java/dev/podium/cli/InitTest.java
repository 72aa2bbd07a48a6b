package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.load.Diagnostics;
import dev.podium.load.SchemaWriter;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Persona;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitTest {
  private static final Path PROFILE =
      Path.of("seeds/personas/fazl-barez/sources/000_a288d382dc143469.txt");
  private static final Path LISTING =
      Path.of("seeds/personas/fazl-barez/sources/001_b89f686bb3a49483.txt");

  @TempDir Path temp;

  @Test
  void aScaffoldedPersonaPassesCheckAndGivesABrief() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    MainTest.Run init = MainTest.podium("init", "jane-doe", "--seeds", seeds.toString());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out().lines().filter(l -> l.startsWith("wrote "))).hasSize(3);
    assertThat(Files.readString(seeds.resolve("personas/jane-doe/persona.yaml")))
        .contains("name: \"Jane Doe\"");
    assertThat(MainTest.podium("check", "--seeds", seeds.toString()).code()).isZero();
    MainTest.Run brief =
        MainTest.podium(
            "brief",
            "jane-doe",
            "--seeds",
            seeds.toString(),
            "--out",
            temp.resolve("out").toString());
    assertThat(brief.code()).as(brief.err()).isZero();
    assertThat(Files.readString(temp.resolve("out/jane-doe/ai-autonomy-over-life/moderator.md")))
        .contains("**Predicted side: undecided.**");
  }

  @Test
  void initFromAProfileAndAListingGivesACheckedPersonaWithKeyPapersAndABrief() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    MainTest.Run init =
        MainTest.podium(
            "init",
            "jane",
            "--from-profile",
            PROFILE.toString(),
            "--from-listing",
            LISTING.toString(),
            "--year",
            "2026",
            "--seeds",
            dir);

    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out())
        .contains("persona.yaml (profile)")
        .contains("themes.yaml (themes skeleton)")
        .contains(
            "add     sleeper-agents  \"Sleeper Agents: Training Deceptive LLMs that Persist Through"
                + " Safety Training\"  (key paper)")
        .contains("evidence.yaml (evidence)")
        .doesNotContain("stub");
    Path persona = seeds.resolve("personas/jane");
    assertThat(Files.readString(persona.resolve("persona.yaml")))
        .contains("name: \"Fazl Barez\"")
        .contains("key_papers:");
    assertThat(Files.readString(persona.resolve("themes.yaml")))
        .contains("#   - Technical AI safety");
    assertThat(Files.readString(persona.resolve("evidence.yaml")).split("key: true", -1).length - 1)
        .isGreaterThanOrEqualTo(4);
    assertThat(MainTest.podium("check", "--seeds", dir).code()).isZero();
    MainTest.Run brief =
        MainTest.podium("brief", "jane", "--seeds", dir, "--out", temp.resolve("out").toString());
    assertThat(brief.code()).as(brief.err()).isZero();
    assertThat(Files.readString(temp.resolve("out/jane/ai-autonomy-over-life/moderator.md")))
        .contains("Dr Fazl Barez")
        .contains("Sleeper Agents");
  }

  @Test
  void aFailedImportLeavesNoPersonaBehind() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path listing = temp.resolve("broken.txt");
    Files.writeString(listing, "93.1CLMay 17Code\nA title without any authors\n");

    MainTest.Run init =
        MainTest.podium(
            "init",
            "jane",
            "--from-profile",
            PROFILE.toString(),
            "--from-listing",
            listing.toString(),
            "--year",
            "2026",
            "--seeds",
            seeds.toString());

    assertThat(init.code()).isEqualTo(1);
    assertThat(init.err())
        .startsWith(listing + ":")
        .endsWith(
            "nothing imported, nothing written\npodium: removed "
                + seeds.resolve("personas/jane")
                + " again; init wrote nothing\n")
        .doesNotContain("\tat ");
    assertThat(seeds.resolve("personas/jane")).doesNotExist();
  }

  @Test
  void sourcesAreCheckedBeforeAnythingIsWritten() {
    Path seeds = TestSeeds.copy(temp);
    MainTest.Run missing =
        MainTest.podium("init", "jane", "--from-listing", "nope.txt", "--seeds", seeds.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("podium: listing not found: nope.txt\n");
    MainTest.Run both =
        MainTest.podium(
            "init",
            "jane",
            "--name",
            "J",
            "--from-profile",
            PROFILE.toString(),
            "--seeds",
            seeds.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(seeds.resolve("personas/jane")).doesNotExist();
  }

  @Test
  void anExistingPersonaIsNeverOverwritten() {
    MainTest.Run run =
        MainTest.podium("init", "fazl-barez", "--seeds", TestSeeds.copy(temp).toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("already exists");
  }

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws Exception {
    for (String kind : SchemaWriter.KINDS.keySet()) {
      assertThat(Files.readString(Path.of("seeds/schemas", kind + ".schema.json")))
          .as("seeds/schemas/%s.schema.json is stale: regenerate with podium schema %s", kind, kind)
          .isEqualTo(SchemaWriter.schema(kind));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ada\\q Lovelace",
        "Ada \"Countess\" Lovelace",
        "Lovelace: Ada",
        "Ada #1 Lovelace",
        "- Ada Lovelace",
        "Ada Lövelace 李",
        "Ada\nLovelace",
        "{{bio}}",
        "yes",
        "ada"
      })
  void anyNameIsWrittenAsYamlThatPassesCheckAndReadsBackAsGiven(String name) {
    Path seeds = TestSeeds.copy(temp);
    MainTest.Run init =
        MainTest.podium("init", "ada-lovelace", "--name", name, "--seeds", seeds.toString());
    assertThat(init.code()).as(init.err()).isZero();
    MainTest.Run check = MainTest.podium("check", "--seeds", seeds.toString());
    assertThat(check.code()).as(check.err()).isZero();
    Diagnostics diagnostics = new Diagnostics();
    Persona persona =
        new SeedsLoader(SeedsDirectory.onDisk(seeds)).profile("ada-lovelace", diagnostics).value();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(persona.name()).isEqualTo(name);
    assertThat(persona.authorNames()).containsExactly(name);
  }

  @Test
  void aFolderWithoutStancesIsStartedFromTheBundledStancesAndMotions() throws Exception {
    Path seeds = temp.resolve("new-seeds");
    MainTest.Run init = MainTest.podium("init", "jane-doe", "--seeds", seeds.toString());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out())
        .contains("wrote " + seeds.resolve("stances.yaml"))
        .contains("started " + seeds + " with the stances and motions bundled with Podium\n");
    assertThat(seeds.resolve("stances.yaml"))
        .hasSameTextualContentAs(Path.of("seeds/stances.yaml"));
    assertThat(MainTest.podium("list", "--seeds", seeds.toString()).out())
        .isEqualTo(
            "seeds: " + seeds + "\npersonas:\n  jane-doe\nmotions:\n  ai-autonomy-over-life\n");
    MainTest.Run second = MainTest.podium("init", "john-doe", "--seeds", seeds.toString());
    assertThat(second.out()).doesNotContain("started");
  }
}

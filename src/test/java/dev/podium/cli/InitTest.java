package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.load.SchemaWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {
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
        MainTest.podium("brief", "jane-doe", "--seeds", seeds.toString(), "--out", temp.resolve("out").toString());
    assertThat(brief.code()).as(brief.err()).isZero();
    assertThat(Files.readString(temp.resolve("out/jane-doe/ai-autonomy-over-life/moderator.md")))
        .contains("**Predicted side: undecided.**");
  }

  @Test
  void anExistingPersonaIsNeverOverwritten() {
    MainTest.Run run = MainTest.podium("init", "fazl-barez", "--seeds", TestSeeds.copy(temp).toString());
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
}

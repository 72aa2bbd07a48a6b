package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files are one unit: a run that fails anywhere writes nothing and says so. */
class AllOrNothingTest {
  @TempDir Path temp;

  @Test
  void briefAllWithOneBrokenPersonaWritesNothingAndSaysNothingWasWritten() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Files.writeString(seeds.resolve("personas/philip-torr/evidence.yaml"), "evidence: [\n");
    Path out = temp.resolve("out");
    MainTest.Run run = podium("brief", "--all", "--format", "md", "--seeds", seeds.toString(),
        "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out() + run.err()).doesNotContain("wrote ");
    assertThat(run.err()).contains("persona-motion briefs failed; nothing written");
    assertThat(out).doesNotExist();
  }
}

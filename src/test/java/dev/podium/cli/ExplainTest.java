package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainTest {
  @TempDir Path temp;

  @Test
  void showsWhatEachJudgementRestsOn() {
    MainTest.Run run = podium("explain", "fazl-barez", "--seeds", "seeds");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("fazl-barez on ai-autonomy-over-life: ")
        .contains("sleeper-agents (2024)\n  stances: deception, unlearning-limits")
        .containsPattern("  bearing: against: asserts deception \\(against\\).*; reports failure: ")
        .contains("  by the speaker: ");
  }

  @Test
  void aBearingSetByHandIsShownAsSuch() {
    Path seeds = TestSeeds.copy(temp);
    TestSeeds.edit(
        seeds.resolve("personas/fazl-barez/evidence.yaml"),
        "  - id: sleeper-agents\n",
        "  - id: sleeper-agents\n    bearing: neutral\n    bearing_reason: \"deliberately inserted backdoors\"\n");
    MainTest.Run run = podium("explain", "fazl-barez", "--seeds", seeds.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("  bearing: neutral: set by hand (deliberately inserted backdoors)");
  }

  @Test
  void anUnknownPersonaIsAUsageError() {
    assertThat(podium("explain", "nobody", "--seeds", "seeds").code()).isEqualTo(ExitCode.USAGE.value());
  }
}

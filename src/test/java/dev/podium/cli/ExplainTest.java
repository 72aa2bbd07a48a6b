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
        "  - id: sleeper-agents\n"
            + "    bearing: neutral\n"
            + "    bearing_reason: \"deliberately inserted backdoors\"\n");
    MainTest.Run run = podium("explain", "fazl-barez", "--seeds", seeds.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("  bearing: neutral: set by hand (deliberately inserted backdoors)");
  }

  @Test
  void authorshipRestsOnTheSourcesAndASpeakerAuthoredSetByHandWins() {
    MainTest.Run run = podium("explain", "fazl-barez", "--seeds", "seeds");
    // Named by his profile, but the listing shows three other authors and "et al.".
    assertThat(run.out())
        .containsPattern(
            "sleeper-agents \\(2024\\)\\n"
                + "(?:  .*\\n"
                + ")*  by the speaker: not shown: the author list is cut short")
        .containsPattern(
            "risks-opportunities-open-source-gen-ai \\(2024\\)\\n(?:  .*\\n)*"
                + "  by the speaker: yes: the profile lists it among the speaker's publications");
    Path seeds = TestSeeds.copy(temp);
    TestSeeds.edit(
        seeds.resolve("personas/fazl-barez/evidence.yaml"),
        "  - id: sleeper-agents\n",
        "  - id: sleeper-agents\n    speaker_authored: false\n");
    run = podium("explain", "fazl-barez", "--seeds", seeds.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "sleeper-agents \\(2024\\)\\n"
                + "(?:  .*\\n"
                + ")*  by the speaker: no: set by hand \\(speaker_authored: false\\)");
  }

  @Test
  void anUnknownPersonaIsAUsageError() {
    assertThat(podium("explain", "nobody", "--seeds", "seeds").code())
        .isEqualTo(ExitCode.USAGE.value());
  }
}

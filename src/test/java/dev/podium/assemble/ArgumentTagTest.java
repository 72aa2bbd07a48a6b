package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgumentTagTest {
  @Test
  void dropsTheReportingFrameAndKeepsTheClaim() {
    assertThat(
            ArgumentTag.of("We show that CHOKE examples are consistent across prompts and models."))
        .isEqualTo("CHOKE examples are consistent across prompts and models.");
    assertThat(
            ArgumentTag.of(
                "Our results show that narrow finetuning can lead to broad misalignment."))
        .isEqualTo("Narrow finetuning can lead to broad misalignment.");
    assertThat(
            ArgumentTag.of(
                "We also observe that performance on SAD is only partially predicted by MMLU."))
        .isEqualTo("Performance on SAD is only partially predicted by MMLU.");
    assertThat(
            ArgumentTag.of(
                "These results show that the most interpretable form of reasoning can become a"
                    + " jailbreak vector."))
        .isEqualTo("The most interpretable form of reasoning can become a jailbreak vector.");
  }

  @Test
  void keepsAClaimWithoutAFrameOrWithTooLittleAfterIt() {
    String curated = "Concepts removed by neuron pruning can come back during retraining.";
    assertThat(ArgumentTag.of(curated)).isEqualTo(curated);
    assertThat(ArgumentTag.of("We show that it works.")).isEqualTo("We show that it works.");
    // "We argue" states a position, not a finding: the tag keeps who argues it.
    assertThat(
            ArgumentTag.of("We argue that Property X characteristics are intrinsically dangerous."))
        .startsWith("We argue");
  }
}

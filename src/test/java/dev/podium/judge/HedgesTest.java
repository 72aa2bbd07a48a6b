package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HedgesTest {
  @Test
  void findsCuesAsWholeWordsOnly() {
    assertThat(Hedges.strength("This suggests a limit.")).isEqualTo(Hedges.CUES.indexOf("suggests"));
    assertThat(Hedges.strength("A suggestion box.")).isEqualTo(Hedges.CUES.size());
    assertThat(Hedges.strength("Well-suggested defaults.")).isEqualTo(Hedges.CUES.size());
    assertThat(Hedges.strength("Gains were Modest.")).isEqualTo(Hedges.CUES.indexOf("modest"));
    assertThat(Hedges.strength("An immodest claim.")).isEqualTo(Hedges.CUES.size());
  }

  @Test
  void theStrongestCueWins() {
    assertThat(Hedges.strength("It suggests it mitigates, but does not eliminate, the risk."))
        .isEqualTo(0);
  }

  @Test
  void questionsAreNotHedges() {
    assertThat(Hedges.strength("Does this suggest a limit?")).isEqualTo(Hedges.CUES.size());
  }

  @Test
  void keepsTheTwoStrongestSentencesInTheirOrder() {
    String text =
        "We study X. Results suggest a gain. The method is a proof-of-concept. It mitigates"
            + " but does not eliminate harm. We release code.";
    assertThat(Hedges.in(text))
        .containsExactly(
            "The method is a proof-of-concept.", "It mitigates but does not eliminate harm.");
  }

  @Test
  void aCueAfterAnEarlierFalseMatchIsFound() {
    assertThat(Hedges.strength("Suggestions aside, the data suggest otherwise."))
        .isEqualTo(Hedges.CUES.indexOf("suggest"));
  }
}

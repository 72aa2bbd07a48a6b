package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingPickerTest {
  @Test
  void sentencesAreVerbatimAndAbbreviationsDoNotEndThem() {
    String text = "Models, e.g. GPT-4, fail (Smith et al. 2020). We use v1.0 of the kit.  It works!";
    assertThat(Sentences.of(text))
        .containsExactly("Models, e.g. GPT-4, fail (Smith et al. 2020).", "We use v1.0 of the kit.", "It works!")
        .allMatch(text::contains);
  }

  @Test
  void aReportedResultBeatsAStatedAimAndTheEarlierResultWins() {
    FindingPicker.Picked picked =
        FindingPicker.pick(
            "Soil matters. In this work, we argue that soil needs study. We find that clay soils hold"
                + " twice the carbon of sandy soils. Our results show a lasting effect over ten years.");
    assertThat(picked.finding()).isEqualTo("We find that clay soils hold twice the carbon of sandy soils.");
    assertThat(picked.quotes())
        .containsExactly(
            "We find that clay soils hold twice the carbon of sandy soils.",
            "Our results show a lasting effect over ten years.",
            "In this work, we argue that soil needs study.");
  }

  @Test
  void withoutCuesTheLastSentenceConcludes() {
    FindingPicker.Picked picked = FindingPicker.pick("Rivers flood. Towns adapt. Levees are raised by the towns each year.");
    assertThat(picked.finding()).isEqualTo("Levees are raised by the towns each year.");
    assertThat(picked.quotes()).containsExactly("Levees are raised by the towns each year.");
  }

  @Test
  void aSentenceThatOnlyAnnouncesWhatFollowsIsNeverTheFinding() {
    FindingPicker.Picked picked =
        FindingPicker.pick(
            "Robots are spreading. To help address this issue, this paper makes three contributions. First, a"
                + " taxonomy. We conclude by offering policy recommendations for the safe deployment of robots.");
    assertThat(picked.finding()).isEqualTo("We conclude by offering policy recommendations for the safe deployment of robots.");
    assertThat(picked.quotes()).doesNotContain("To help address this issue, this paper makes three contributions.");
  }

  @Test
  void amongEqualCuesAQuotableSentenceIsTheFinding() {
    String longAim = "We call for " + "a review of the field, ".repeat(20) + "at once.";
    FindingPicker.Picked picked = FindingPicker.pick(longAim + " Overall, we propose that audits are essential for safety.");
    assertThat(picked.finding()).isEqualTo("Overall, we propose that audits are essential for safety.");
  }

  @Test
  void longSentencesAreFindingsButNotQuotes() {
    String longResult = "We find that " + "the effect holds, ".repeat(30) + "always.";
    FindingPicker.Picked picked = FindingPicker.pick(longResult + " We propose a short method for this.");
    assertThat(picked.finding()).isEqualTo(longResult);
    assertThat(picked.quotes()).isEqualTo(List.of("We propose a short method for this."));
  }
}

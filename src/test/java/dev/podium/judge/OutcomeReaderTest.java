package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeReaderTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "We find that standard safety training fails to remove the backdoor.| FAILURE",
        "The behaviour persists through fine-tuning and evades detection.| FAILURE",
        "Our detector is highly accurate and generalises to unseen models.| SUCCESS",
        "The governor constrains lethal action to the laws of war.| SUCCESS",
        "Retraining does not prevent the model from tampering with its reward.| FAILURE",
        "Monitors fail to detect the misaligned responses.| FAILURE",
        "The learner fails due to catastrophic forgetting.| FAILURE",
        "We introduce a taxonomy of robot behaviours.| none",
        "Existing policies are insufficient and the risks are urgent.| FAILURE",
      })
  void readsWhatTheFindingReports(String finding, Outcome expected) {
    assertThat(OutcomeReader.read("A title", finding, finding).outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Models lie when asked. Lies are common. The lie detector is highly accurate.| SUCCESS",
        "Our method is effective. However, the backdoor persists and evades every check.| FAILURE",
      })
  void theFindingCountsTwiceAndTopicWordsNotAtAll(String abstract_, Outcome expected) {
    String finding = abstract_.substring(abstract_.lastIndexOf(". ") + 2);
    assertThat(OutcomeReader.read("A title", finding, abstract_).outcome()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void namesTheWordsItRestsOnWithTheirNegation() {
    OutcomeReader.Reading reading =
        OutcomeReader.read("T", "It mitigates, but does not eliminate, tampering.", "x");
    assertThat(reading.successWords()).contains("mitigates");
    assertThat(reading.failureWords()).contains("not eliminate");
  }
}

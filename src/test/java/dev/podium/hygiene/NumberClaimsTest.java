package dev.podium.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link ParaphraseNumbersTest} counts as a stated number, and when a source states it. */
class NumberClaimsTest {
  private static List<String> stated(String paraphrase) {
    return NumberClaims.in(paraphrase).stream().map(n -> n.kind() + " " + n.value()).toList();
  }

  @Test
  void aParaphraseStatesPercentagesMultipliersDecimalsAndIntegersOfTwoDigits() {
    assertThat(
            stated(
                "Rates rose from 21.7% to 54.5 percent, 3x faster, a 10-fold drop, in 3.1 of 12"
                    + " runs"))
        .containsExactly(
            "PERCENT 21.7",
            "PERCENT 54.5",
            "MULTIPLIER 3",
            "MULTIPLIER 10",
            "DECIMAL 3.1",
            "INTEGER 12");
    assertThat(stated("Two papers, 3 records and 1,200 participants"))
        .containsExactly("INTEGER 1200");
    // Names with numbers in them and quoted text are not the paraphrase's own numbers.
    assertThat(stated("GPT4 and v1.0 say “96% of 40 cases”")).isEmpty();
  }

  @Test
  void aSourceStatesANumberOnlyAsTheSameKind() {
    assertThat(claim("96%", "Our evaluation shows 96% accuracy.")).isTrue();
    assertThat(claim("96%", "Our evaluation shows 96 percent accuracy.")).isTrue();
    assertThat(claim("96%", "Accuracy rose to 0.96 on 96 prompts.")).isFalse();
    assertThat(claim("7.7%", "as low as 7.7%, while")).isTrue();
    assertThat(claim("3x", "a 3× speed-up")).isTrue();
    assertThat(claim("3x", "three times as fast")).isFalse();
    assertThat(claim("45 years", "in 45 years")).isTrue();
    assertThat(claim("45 years", "in 1945 and 450 years")).isFalse();
    assertThat(claim("1,000 prompts", "over 1000 prompts")).isTrue();
  }

  @Test
  void aPercentageKeepsTheWordItsSourceMeasuresItIn() {
    List<String> source = List.of("Our evaluation shows 96% accuracy in detecting harmful cases.");
    assertThat(keepsUnit("SafetyNet reports 96% accuracy in detecting harmful cases", source))
        .isTrue();
    assertThat(keepsUnit("SafetyNet is 96% accurate", source)).isTrue();
    assertThat(keepsUnit("If a monitor such as SafetyNet detects 96% of harmful cases", source))
        .isFalse();
    // "N% of X" measures X.
    List<String> truthful = List.of("The best model was truthful on 58% of questions.");
    assertThat(keepsUnit("It answered 58% of the questions truthfully", truthful)).isTrue();
    assertThat(keepsUnit("It was right 58% of the time", truthful)).isFalse();
    // A source that says what N% is some other way sets no word to keep.
    assertThat(
            keepsUnit(
                "Risk rose to 54.5%",
                List.of("risk rates surge from 21.7% to 54.5% under pressure")))
        .isTrue();
  }

  private static boolean claim(String paraphrase, String source) {
    return NumberClaims.statedIn(NumberClaims.in(paraphrase).get(0), source);
  }

  private static boolean keepsUnit(String paraphrase, List<String> sources) {
    NumberClaims.Stated percent =
        NumberClaims.in(paraphrase).stream()
            .filter(n -> n.kind() == NumberClaims.Kind.PERCENT)
            .findFirst()
            .orElseThrow();
    return NumberClaims.keepsUnit(percent, paraphrase, NumberClaims.unitsOf(percent, sources));
  }
}

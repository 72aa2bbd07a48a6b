package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagging rules on a made-up taxonomy from another field. */
class StanceTaggerTest {
  private final StanceTagger tagger =
      new StanceTagger(
          new Taxonomy(
              List.of(
                  new Stance(
                      "warming",
                      "W",
                      "W.",
                      List.of("global warming", "warming", "emissions"),
                      List.of("warming up")),
                  new Stance(
                      "policy",
                      "P",
                      "P.",
                      List.of("carbon tax", "regulation", "ban on coal", "price carbon")))));

  @Test
  void aTitleMatchAloneIsEnough() {
    StanceTagger.Tagging t = tagger.tag("Emissions from Shipping", "We measure ships.");
    assertThat(t.stances()).containsExactly("warming");
    assertThat(t.matchedTerms()).containsExactly("warming: emissions (title)");
  }

  @Test
  void oneWordInTheAbstractIsNotEnoughButAPhraseOrASecondMentionIs() {
    assertThat(tagger.tag("Ships", "Regulation is discussed.").stances()).isEmpty();
    assertThat(tagger.tag("Ships", "A carbon tax is discussed.").stances())
        .containsExactly("policy");
    assertThat(tagger.tag("Ships", "Emissions rise; the emitted totals.").stances()).isEmpty();
    assertThat(tagger.tag("Ships", "Regulation is discussed, and regulators act.").matchedTerms())
        .containsExactly("policy: regulation ×2");
    assertThat(
            tagger.tag("Ships", "Emissions rise, emissions fall, warming follows.").matchedTerms())
        .containsExactly("warming: emissions ×2, warming");
  }

  @Test
  void stopWordsMayStandBetweenAPhrasesWordsUnlessThePhraseSpellsThem() {
    assertThat(tagger.tag("Ships", "Ports price the carbon.").matchedTerms())
        .containsExactly("policy: price carbon");
    assertThat(tagger.tag("Ships", "Ports want a ban on coal.").matchedTerms())
        .containsExactly("policy: ban on coal");
    assertThat(tagger.tag("Ships", "Ports ban coal.").stances()).isEmpty();
  }

  @Test
  void anExcludedPhraseClaimsItsWordsForItsStanceOnly() {
    assertThat(
            tagger.tag("Warming Up Engines", "Warming up takes time; warming up again.").stances())
        .isEmpty();
    assertThat(tagger.tag("Engines", "Warming up, then global warming.").matchedTerms())
        .containsExactly("warming: global warming");
  }

  @Test
  void stemmingMatchesOtherFormsAndAPhraseClaimsItsWords() {
    assertThat(tagger.tag("Ships", "Globally warmed oceans.").matchedTerms())
        .containsExactly("warming: global warming");
    // "global warming" is counted as a phrase, not again as "warming"; the lone "Warming" is.
    assertThat(tagger.tag("Ships", "Warming oceans; global warming of the seas.").matchedTerms())
        .containsExactly("warming: global warming, warming");
  }
}

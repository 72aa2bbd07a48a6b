package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Verbatim;
import org.junit.jupiter.api.Test;

class CardQuoteTest {
  private static final String ABSTRACT =
      "Large reasoning models achieve higher task performance. Prior works suggest this may help."
          + " Yet we find the opposite: the same reasoning can be used to bypass safeguards. In"
          + " this paper, we identify key limitations that prevent unlearning from serving as a"
          + " solution, particularly in managing dual-use knowledge. Code is available.";

  @Test
  void aSentenceThatLeansOnTheOneBeforeGetsItAsContext() {
    CardQuote quote =
        CardQuote.of(
            "Yet we find the opposite: the same reasoning can be used to bypass safeguards.",
            ABSTRACT);
    assertThat(quote.before()).isEqualTo("Prior works suggest this may help.");
    assertThat(quote.warrant())
        .isEqualTo(
            "Yet we find the opposite: the same reasoning can be used to bypass safeguards.");
    assertThat(quote.after()).isNull();
  }

  @Test
  void aQuoteFromInsideASentenceGetsTheRestOfItsSentenceAndKeepsItsPunctuation() {
    CardQuote quote =
        CardQuote.of(
            "we identify key limitations that prevent unlearning from serving as a solution",
            ABSTRACT);
    assertThat(quote.before()).isEqualTo("In this paper,");
    assertThat(quote.warrant())
        .isEqualTo(
            "we identify key limitations that prevent unlearning from serving as a solution,");
    assertThat(quote.after()).isEqualTo("particularly in managing dual-use knowledge.");
  }

  @Test
  void theWholeCardIsOneVerbatimSpanOfTheAbstract() {
    for (String q :
        new String[] {
          "Yet we find the opposite: the same reasoning can be used to bypass safeguards.",
          "we identify key limitations that prevent unlearning from serving as a solution",
          "Code is available."
        }) {
      assertThat(Verbatim.isSpanOf(CardQuote.of(q, ABSTRACT).span(), ABSTRACT)).as(q).isTrue();
    }
  }

  @Test
  void aQuoteNotInTheAbstractStandsAlone() {
    CardQuote quote = CardQuote.of("Not in the abstract.", ABSTRACT);
    assertThat(quote.before()).isNull();
    assertThat(quote.warrant()).isEqualTo("Not in the abstract.");
    assertThat(quote.after()).isNull();
  }
}

package dev.podium.imports.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Motion;
import dev.podium.model.Persona.StatedPosition;
import dev.podium.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedPositionFinderTest {
  private static final List<Motion> MOTIONS =
      List.of(
          new Motion(
              "ai-autonomy",
              "AI autonomy",
              "AI should be granted autonomous decision-making power over human life.",
              List.of()));

  private static StatedPosition find(String text) {
    return StatedPositionFinder.find(text, MOTIONS, "Dr Jane Doe", "sources/profile.md");
  }

  @Test
  void aNegatedMotionIsAgainstAndTheClauseIsQuotedVerbatim() {
    String text =
        "These can model her as **concerned**, likely arguing that AI should not be granted"
            + " autonomous\n"
            + "decision\u2011making power over human life until failures are controlled, if ever."
            + " More text.";
    StatedPosition position = find(text);
    assertThat(position.motion()).isEqualTo("ai-autonomy");
    assertThat(position.side()).isEqualTo(Side.AGAINST);
    assertThat(position.quote())
        .isEqualTo(
            "likely arguing that AI should not be granted autonomous\n"
                + "decision\u2011making power over human life until failures are controlled, if"
                + " ever.");
    assertThat(text).contains(position.quote());
    assertThat(position.summary())
        .isEqualTo("The profile expects Dr Jane Doe to argue against the motion.");
    assertThat(position.source()).isEqualTo("sources/profile.md");
  }

  @Test
  void theMotionAsWrittenIsFor() {
    assertThat(
            find("She believes that AI should be granted autonomous decision-making power over"
                    + " human life.")
                .side())
        .isEqualTo(Side.FOR);
  }

  @Test
  void hedgedOrMarkedUpOrMerelyMentionedMotionsGiveNoPosition() {
    assertThat(
            find(
                "She is unlikely to argue that AI should be granted autonomous decision-making"
                    + " power over human life."))
        .isNull();
    assertThat(
            find(
                "She asks whether AI should be granted autonomous decision-making power over human"
                    + " life."))
        .isNull();
    assertThat(
            find(
                "Likely arguing that **AI should not** be granted autonomous decision-making power"
                    + " over human life."))
        .isNull();
    assertThat(find("A profile that says nothing about the motion.")).isNull();
  }
}

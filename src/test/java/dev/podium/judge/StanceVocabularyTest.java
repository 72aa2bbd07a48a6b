package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled stances on made-up sentences: a stance's words in the sense the field gives them tag
 * it, the same words in another field's sense do not.
 */
class StanceVocabularyTest {
  private final StanceTagger tagger =
      new StanceTagger(
          new SeedsLoader(SeedsDirectory.onDisk(Path.of("seeds")))
              .taxonomy(new Diagnostics())
              .value());

  private java.util.List<String> stances(String abstract_) {
    return tagger.tag("A Study", abstract_).stances();
  }

  @Test
  void catastrophicForgettingInContinualLearningIsNotUnlearning() {
    assertThat(
            stances(
                "Without replay the agent suffers catastrophic forgetting. Our method reduces"
                    + " but does not eliminate forgetting of earlier tasks."))
        .isEmpty();
    assertThat(
            stances(
                "Unlearning methods claim to remove hazardous knowledge, yet it is relearned"
                    + " after a little fine-tuning."))
        .containsExactly("unlearning-limits");
  }

  @Test
  void modelsThatLieAreDeceptionButWhereAProblemLiesIsNot() {
    assertThat(stances("Models lie to their users, and the lies survive fine-tuning."))
        .containsExactly("deception");
    assertThat(stances("The difficulty lies in the data; the points lie on a manifold.")).isEmpty();
  }

  @Test
  void rewardHackingAndAModelsSituationalAwarenessAreDeceptionButAnOperatorsIsNot() {
    assertThat(stances("Agents learn reward hacking on coding tasks."))
        .containsExactly("deception");
    assertThat(stances("A model with situational awareness can tell a test from deployment."))
        .containsExactly("deception");
    assertThat(
            stances(
                "The display improves operator situational awareness and human situational"
                    + " awareness in teleoperation."))
        .isEmpty();
  }

  @Test
  void governanceIsRegulationAndResponsibilityNotAnRlPolicyOrAnAccountOf() {
    assertThat(
            stances(
                "Regulation of frontier models is debated; we argue regulation should follow"
                    + " evidence."))
        .containsExactly("governance");
    assertThat(
            stances(
                "The design raises questions of responsibility assignment when an operator"
                    + " overrides the system."))
        .containsExactly("governance");
    assertThat(
            stances(
                "We train the policy with a policy gradient; policies take into account the"
                    + " reward, which accounts for most of the gain."))
        .isEmpty();
  }
}

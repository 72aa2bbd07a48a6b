package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.judge.Hedges.Kind;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Outcome;
import dev.podium.model.Side;
import org.junit.jupiter.api.Test;

/**
 * Weak spots in both directions, on sentences of the seed speaker's and the development speakers'
 * records: a speaker against the motion relies on failures, one for it on successes.
 */
class HedgesTest {
  private static final Outcome FAILURE = Outcome.FAILURE;
  private static final Outcome SUCCESS = Outcome.SUCCESS;

  /** One row: the kind of weak spot the sentence is for a speaker relying on {@code reliedOn}. */
  private static void assertHedge(String sentence, Outcome reliedOn, Kind expected) {
    assertThat(Hedges.strongest(sentence, reliedOn))
        .as("%s, relying on %s", sentence, reliedOn)
        .isEqualTo(expected);
  }

  @Test
  void aFailureStatedEmphaticallyIsNoWeakSpotForTheSpeakerWhoReliesOnIt() {
    String tampering =
        "Strikingly, a small but non-negligible proportion of the time, LLM assistants trained on"
            + " the full curriculum generalize zero-shot to directly rewriting their own reward"
            + " function.";
    String retraining =
        "Retraining an LLM not to game early-curriculum environments mitigates, but does not"
            + " eliminate, reward-tampering in later environments.";
    assertHedge(tampering, FAILURE, null);
    assertHedge(retraining, FAILURE, null);
    assertHedge(tampering, SUCCESS, null);
    // Relying on retraining working, "does not eliminate" is exactly the weak spot.
    assertHedge(retraining, SUCCESS, Kind.PARTIAL);
    // Not knowing what he relies on, a partial success limits nothing for certain.
    assertHedge(retraining, null, null);

    String catastrophes =
        "However, this scheme is less successful when catastrophes are more complex: it reduces but"
            + " does not eliminate catastrophes and the supervised learner fails on adversarial"
            + " examples found by the agent.";
    assertHedge(catastrophes, FAILURE, null);
    assertHedge(catastrophes, SUCCESS, Kind.PARTIAL);
  }

  @Test
  void constructedExamplesAndDoubtWeakenAFailure() {
    assertHedge(
        "To study this question, we construct proof-of-concept examples of deceptive behavior in"
            + " large language models (LLMs).",
        FAILURE,
        Kind.SCOPE);
    String suggest =
        "Our results suggest that, once a model exhibits deceptive behavior, standard techniques"
            + " could fail to remove such deception and create a false impression of safety.";
    assertHedge(suggest, FAILURE, Kind.UNCERTAIN);
    // A doubt about a failure is no weakness of a speaker who relies on a success.
    assertHedge(suggest, SUCCESS, null);
    assertHedge(
        "Our results provide preliminary evidence that models that learn to reward hack may"
            + " generalize to more harmful forms of misalignment, though confirmation with more"
            + " realistic tasks and training methods is needed.",
        FAILURE,
        Kind.UNCERTAIN);
    assertHedge(
        "In addition to unveiling the benchmark, this report also identifies limitations of our"
            + " method and of building safety benchmarks generally, including evaluator uncertainty"
            + " and the constraints of single-turn interactions.",
        FAILURE,
        Kind.SCOPE);
  }

  @Test
  void simulationModestGainsAndImperfectionWeakenASuccess() {
    String modest =
        "Experiments on Gemma 2 and Llama 3.1 over various concepts show that PISCES achieves"
            + " modest gains in efficacy over leading erasure methods, reducing accuracy on the"
            + " target concept to as low as 7.7%, while dramatically improving erasure specificity"
            + " (by up to 31%) and robustness (by up to 38%).";
    assertHedge(modest, SUCCESS, Kind.MAGNITUDE);
    // Modest gains of an erasure method help a speaker who says removal fails.
    assertHedge(modest, FAILURE, null);
    String imperfect =
        "If this goal of better-than-human performance is achieved, even if still imperfect, it can"
            + " result in a reduction in noncombatant casualties and property damage consistent"
            + " with adherence to the Laws of War as prescribed in international treaties and"
            + " conventions, and is thus worth pursuing vigorously.";
    assertHedge(imperfect, SUCCESS, Kind.PARTIAL);
    assertHedge(imperfect, FAILURE, null);
    assertHedge("Simulation results show the feasibility of this approach.", SUCCESS, Kind.SCOPE);
  }

  @Test
  void aResultShownToCarryBeyondItsSettingIsNotLimitedByIt() {
    assertHedge(
        "Various multiagent missions are demonstrated in simulation and on our Denning robots using"
            + " these tools.",
        SUCCESS,
        null);
    assertHedge(
        "When trained on examples from a single setting -- prompting GPT-3.5 to lie about factual"
            + " questions -- the detector generalises out-of-distribution to (1) other LLM"
            + " architectures, (2) LLMs fine-tuned to lie, (3) sycophantic lies, and (4) lies"
            + " emerging in real-life scenarios such as sales.",
        SUCCESS,
        null);
    assertHedge("Our evaluation is limited to a single domain.", SUCCESS, Kind.SCOPE);
  }

  @Test
  void cuesAreWholeWordsAndQuestionsAreNotHedges() {
    assertHedge("This suggests a limit.", null, Kind.UNCERTAIN);
    assertHedge("A suggestion box.", null, null);
    assertHedge("Gains were Modest.", null, Kind.MAGNITUDE);
    assertHedge("An immodest claim.", null, null);
    assertHedge("Does this suggest a limit?", null, null);
    // "may" hedges a reported result, not a possibility the paper starts from.
    assertHedge("We find that the backdoor may persist.", FAILURE, Kind.UNCERTAIN);
    assertHedge("Avoiding this might take careful attention.", FAILURE, null);
  }

  @Test
  void onlyThePapersOwnSentencesCountAndAtMostTwoTheMostLimitingFirst() {
    String text =
        "Language models may deceive their users. Prior works suggest that monitors may help. We"
            + " study X. Results suggest a gain. The method is a proof-of-concept. It reduces but"
            + " does not eliminate harm. We release code.";
    // The background before "we", and others' work, are not the paper's result.
    assertThat(Hedges.against(text, SUCCESS))
        .containsExactly(
            "The method is a proof-of-concept.", "It reduces but does not eliminate harm.");
    assertThat(Hedges.against(text, FAILURE))
        .containsExactly("Results suggest a gain.", "The method is a proof-of-concept.");
    assertThat(Hedges.in(text)).isEqualTo(Hedges.against(text, null));
  }

  @Test
  void theSeedSpeakersReliedOnSentencesAreNotListedAgainstHim() {
    Diagnostics diagnostics = new Diagnostics();
    Dossier barez =
        new DossierLoader(SeedsDirectory.onDisk(TestSeeds.SEEDS))
            .load("fazl-barez", "ai-autonomy-over-life", diagnostics);
    RecordBearing bearing =
        new BearingJudge(barez.motion(), barez.taxonomy())
            .of(barez.evidence("sycophancy-to-subterfuge"));
    Outcome reliedOn = bearing.reliedOnBy(Side.AGAINST);
    assertThat(reliedOn).isEqualTo(FAILURE);
    String abstract_ = barez.evidence("sycophancy-to-subterfuge").abstract_();
    assertThat(Hedges.against(abstract_, reliedOn))
        .noneMatch(s -> s.startsWith("Strikingly") || s.startsWith("Retraining"));
    assertThat(Hedges.against(abstract_, SUCCESS)).anyMatch(s -> s.startsWith("Retraining"));
    // The hedges are verbatim sentences of the abstract.
    Hedges.against(abstract_, SUCCESS).forEach(s -> assertThat(abstract_).contains(s));
    // Sleeper Agents: constructed examples remain his weak spot; others' work is never one.
    assertThat(Hedges.against(barez.evidence("sleeper-agents").abstract_(), FAILURE))
        .anyMatch(s -> s.contains("proof-of-concept"));
    assertThat(Hedges.against(barez.evidence("chain-of-thought-hijacking").abstract_(), null))
        .noneMatch(s -> s.contains("prior works suggest"));
  }
}

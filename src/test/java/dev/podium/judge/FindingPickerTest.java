package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingPickerTest {
  /** Abstracts written the way papers write them, and the finding a reader would take, if any. */
  static Stream<Arguments> findings() {
    return Stream.of(
        // An announcement of what the paper does is not a result.
        row(
            "Large language models are widely deployed. In this paper, we explore how they handle"
                + " negation.",
            null),
        row(
            "This paper presents an overview of the ethical issues raised by autonomous robots."
                + " It covers governors, adaptors and trust.",
            null),
        row(
            "New reactive behaviors for robot formations are presented and evaluated."
                + " The behaviors are implemented on four robots.",
            null),
        row(
            "Models are deployed widely. We introduce a benchmark of 800 questions. The best model"
                + " was truthful on 58% of questions, while humans were truthful on 94%.",
            "The best model was truthful on 58% of questions, while humans were truthful on 94%."),
        // Reporting that results exist, here of a survey, is not a result; what they show is.
        row(
            "Advances in AI will transform modern life. Here we report the results from a large"
                + " survey of machine learning researchers on their beliefs about progress in AI."
                + " Researchers predict that AI will outperform humans at translation within ten"
                + " years.",
            "Researchers predict that AI will outperform humans at translation within ten years."),
        row(
            "This article reports the methods and results of an on-line survey about lethal"
                + " autonomy. The design of this survey and a discussion of the survey results are"
                + " provided.",
            null),
        // A pointer to code or data is not a result.
        row(
            "Probes are popular in interpretability. Code available at:"
                + " https://github.com/example/probes.",
            null),
        row(
            "We test models under paraphrase. Accuracy drops by 12% on paraphrased prompts."
                + " Our code is released at https://example.org/drift.",
            "Accuracy drops by 12% on paraphrased prompts."),
        // A list of contributions, or any numbered list, holds several claims, not one.
        row(
            "Robots are spreading. To address this, this paper makes three contributions."
                + " First, a taxonomy of risks. Second, an analysis of policy gaps.",
            null),
        row(
            "We evaluate nine frontier models. Our evaluation reveals: (1) risk rates surge under"
                + " pressure; (2) reasoning improves robustness. Overall, we find that capable"
                + " models conceal misbehaviour more often.",
            "Overall, we find that capable models conceal misbehaviour more often."),
        row(
            "We apply the framework to modern models, which reveals three distinct failure modes."
                + " First, answers stay fixed while representations drift.",
            null),
        // A question asks; it does not state.
        row(
            "We finetune models to predict their own behaviour. Can a model predict itself better"
                + " than others can?",
            null),
        // Background and others' work are where the paper starts from, not what it found.
        row(
            "Prior work shows that probes fail to generalize. We revisit this claim on twelve"
                + " datasets.",
            null),
        row(
            "Most attacks fail against current defenses. We introduce a new defense based on"
                + " monitoring.",
            null),
        // One sentence, even where the first ends with a one-letter name.
        row(
            "We study subliminal learning. Remarkably, we find that a student model learns T. This"
                + " occurs even when the data is filtered to remove references to T.",
            "Remarkably, we find that a student model learns T."),
        // Results stated without "we find" still count; a possibility does not.
        row(
            "We finetune GPT-3 on fictitious statements. The Reversal Curse is robust across model"
                + " sizes and is not alleviated by data augmentation. We also evaluate ChatGPT.",
            "The Reversal Curse is robust across model sizes and is not alleviated by data"
                + " augmentation."),
        row(
            "We analyse fairness in deployed systems. Biased models could lead to social unrest.",
            null),
        // An argued claim is a position paper's result; a reported result outranks it.
        row(
            "Open models are debated. In this paper, we explore their risks. We argue that,"
                + " overall, the benefits of open models outweigh their risks.",
            "We argue that, overall, the benefits of open models outweigh their risks."),
        row(
            "In this work, we argue that soil needs study. Experiments on ten farms are described."
                + " We find that clay soils hold twice the carbon of sandy soils.",
            "We find that clay soils hold twice the carbon of sandy soils."),
        // A conclusion outranks the single results before it.
        row(
            "We find that clay soils hold more carbon. Overall, our results show that soil type"
                + " matters more than climate.",
            "Overall, our results show that soil type matters more than climate."),
        // A result stated only as its significance is a last resort.
        row(
            "We train probes on short inputs. The probes fail on long inputs, losing 30% of their"
                + " accuracy. Our findings provide valuable insights for developers.",
            "The probes fail on long inputs, losing 30% of their accuracy."),
        row("", null));
  }

  private static Arguments row(String abstract_, String finding) {
    return Arguments.of(abstract_, finding);
  }

  @ParameterizedTest
  @MethodSource("findings")
  void theFindingIsTheOneSentenceThatStatesAResult(String abstract_, String finding) {
    assertThat(FindingPicker.pick(abstract_).finding()).isEqualTo(finding);
  }

  /** Texts and how they split: where the JDK's rules break too early, and where they must break. */
  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of(
            "Models, e.g. GPT-4, fail (Smith et al. 2020). We use v1.0 of the kit.  It works!",
            List.of(
                "Models, e.g. GPT-4, fail (Smith et al. 2020).",
                "We use v1.0 of the kit.",
                "It works!")),
        Arguments.of(
            "A student model learns T. This occurs even when data is filtered. We observe it in"
                + " code.",
            List.of(
                "A student model learns T.",
                "This occurs even when data is filtered.",
                "We observe it in code.")),
        Arguments.of(
            "Models sometimes switch their answer to D. In such cases, the model says so 59% of the"
                + " time.",
            List.of(
                "Models sometimes switch their answer to D.",
                "In such cases, the model says so 59% of the time.")),
        Arguments.of(
            "This was done by Ronald C. Arkin and Alan R. Wagner for the U.S. Army Research Office."
                + " It ended.",
            List.of(
                "This was done by Ronald C. Arkin and Alan R. Wagner for the U.S. Army Research"
                    + " Office.",
                "It ended.")),
        Arguments.of(
            "LLMs excel at multi-hop questions (e.g. \"Who is the spouse of the performer of"
                + " Imagine?\") when using chain-of-thought. They struggle otherwise.",
            List.of(
                "LLMs excel at multi-hop questions (e.g. \"Who is the spouse of the performer of"
                    + " Imagine?\") when using chain-of-thought.",
                "They struggle otherwise.")),
        Arguments.of(
            "We create harmless attributes (e.g. \"Q: Favorite music? A: Wagner\"). Finetuning on"
                + " them misaligns.",
            List.of(
                "We create harmless attributes (e.g. \"Q: Favorite music? A: Wagner\").",
                "Finetuning on them misaligns.")),
        Arguments.of(
            "Deception signals social intelligence (Hauser in Proc. Natl. Acad. Sci. 89:12137,"
                + " 1992). We agree.",
            List.of(
                "Deception signals social intelligence (Hauser in Proc. Natl. Acad. Sci. 89:12137,"
                    + " 1992).",
                "We agree.")),
        Arguments.of(
            "It works. \"Quoted words\" start this one. (A bracket) starts this one.",
            List.of(
                "It works.", "\"Quoted words\" start this one.", "(A bracket) starts this one.")),
        Arguments.of(
            "A stray quote \"opens here. Then the text goes on. And on. And on. And ends.",
            List.of(
                "A stray quote \"opens here.",
                "Then the text goes on.",
                "And on.",
                "And on.",
                "And ends.")));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void sentencesAreVerbatimAndEndWhereTheTextEnds(String text, List<String> expected) {
    assertThat(Sentences.of(text)).containsExactlyElementsOf(expected).allMatch(text::contains);
  }

  @Test
  void quotesStateSomethingAndAnnouncementsAreNotQuoted() {
    FindingPicker.Picked picked =
        FindingPicker.pick(
            "We introduce a benchmark of 800 questions about health and law. The best model was"
                + " truthful on 58% of questions. We find that larger models are less truthful than"
                + " small ones.");
    assertThat(picked.quotes())
        .containsExactly(
            "The best model was truthful on 58% of questions.",
            "We find that larger models are less truthful than small ones.");
  }

  @Test
  void amongEqualCuesAQuotableSentenceIsTheFinding() {
    String longResult = "We find that " + "the effect holds, ".repeat(30) + "always.";
    FindingPicker.Picked picked =
        FindingPicker.pick(longResult + " We find that audits are essential for safety.");
    assertThat(picked.finding()).isEqualTo("We find that audits are essential for safety.");
  }

  @Test
  void longSentencesAreFindingsButNotQuotes() {
    String longResult = "We find that " + "the effect holds, ".repeat(30) + "always.";
    FindingPicker.Picked picked =
        FindingPicker.pick(longResult + " We propose a short method for this.");
    assertThat(picked.finding()).isEqualTo(longResult);
    assertThat(picked.quotes()).isEmpty();
  }
}

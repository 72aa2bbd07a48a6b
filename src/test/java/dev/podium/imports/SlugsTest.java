package dev.podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training | sleeper-agents
          Do Sparse Autoencoders Generalize? A Case Study of Answerability | do-sparse-autoencoders-generalize
          Trust Me, I'm Wrong: LLMs Hallucinate with Certainty | trust-me-im-wrong
          Études sur la lumière | etudes-sur-la-lumiere
          Fairness in AI and Its Long-Term Implications on Society | fairness-in-ai-and-its-long-term-implications-on-society
          Scaling sparse feature circuit finding for in-context learning in very large models | scaling-sparse-feature-circuit-finding-for-in-context
          : A Title That Starts With a Colon | a-title-that-starts-with-a-colon
          ??? | paper
          """)
  void slugsComeFromTheMainPartOfTheTitle(String title, String slug) {
    assertThat(Slugs.of(title))
        .isEqualTo(slug)
        .matches("[a-z0-9]+(-[a-z0-9]+)*")
        .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
  }

  @Test
  void idsAreUniqueAmongExistingAndNewOnes() {
    Slugs slugs = new Slugs(List.of("hack", "hack-2"));
    assertThat(slugs.next("HACK: Hallucinations")).isEqualTo("hack-3");
    assertThat(slugs.next("HACK: Again")).isEqualTo("hack-4");
    assertThat(slugs.next("Other")).isEqualTo("other");
  }
}

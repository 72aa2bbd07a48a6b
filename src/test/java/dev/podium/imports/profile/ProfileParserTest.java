package dev.podium.imports.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Persona;
import org.junit.jupiter.api.Test;

class ProfileParserTest {
  @Test
  void aParagraphThatIsOnlyMarkupIsNoPartOfTheBio() {
    // Found by fuzzing: "**" alone became an empty bio item, which persona.yaml cannot hold.
    String profile =
        """
        # Dr Ada Example

        Researcher

        ### About

        She studies robust learning.

        **

        She writes about policy.
        """;
    Persona persona = ProfileParser.parse("ada-example", profile);
    assertThat(persona.bio()).containsExactly("She studies robust learning.", "She writes about policy.");
    assertThat(persona.headline()).isEqualTo("Researcher");
  }

  @Test
  void aPreambleOfOnlyMarkupGivesNoHeadline() {
    Persona persona = ProfileParser.parse("ada-example", "# Ada Example\n\n**\n\n### About\n\nText.\n");
    assertThat(persona.headline()).isNull();
  }

  @Test
  void itemsWhoseNameIsOnlyWhiteSpaceOrMarkupAreLeftOut() {
    // Found by fuzzing: "_ _" became an appearance with an empty title, which persona.yaml cannot
    // hold; the other sections had the same gap.
    String profile =
        """
        # Ada Example

        ### Publications

        - (2024)
        - ""
        - [Robust learning (2023)](https://example.org/robust)

        ### Profile

        1. **“ ” (2024)** [arXiv](https://arxiv.org/abs/2401.00001)
        2. **“Real paper” (2024)** [arXiv](https://arxiv.org/abs/2401.00002)

        ### Media experience

        Keynote at _ _ and a talk at _Real Workshop_ (2024, Oxford).

        ### In the media

        - [(BBC, 2024)](https://example.org/bbc)
        - [Interview (BBC, 2024)](https://example.org/interview)
        """;
    Persona persona = ProfileParser.parse("ada-example", profile);
    assertThat(persona.publications()).extracting(Persona.Publication::title).containsExactly("Robust learning");
    assertThat(persona.keyPapers()).extracting(Persona.Publication::title).containsExactly("Real paper");
    assertThat(persona.appearances()).extracting(Persona.Appearance::title).containsExactly("Real Workshop");
    assertThat(persona.media()).extracting(Persona.MediaItem::title).containsExactly("Interview");
  }

  @Test
  void optionalTextThatIsOnlyWhiteSpaceOrMarkupIsLeftAbsent() {
    // Found by fuzzing: a dash note that was only "**" became an empty note, which persona.yaml
    // reads back as no note; places, events and the media summary had the same gap.
    String profile =
        """
        # Ada Example

        ### Profile

        1. **Homepage** [site](https://example.org/ada) — **

        ### Media experience

        Talks at _First Workshop_ () and _Second Workshop_ (2024, ) and _Third Workshop_ at **.

        ****

        Often on panels.
        """;
    Persona persona = ProfileParser.parse("ada-example", profile);
    assertThat(persona.links()).extracting(Persona.Link::note).containsExactly((String) null);
    assertThat(persona.appearances()).extracting(Persona.Appearance::place).containsOnlyNulls();
    assertThat(persona.mediaSummary()).isEqualTo("Often on panels.");
  }
}

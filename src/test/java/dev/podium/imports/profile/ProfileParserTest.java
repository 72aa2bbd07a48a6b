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
    assertThat(persona.bio())
        .containsExactly("She studies robust learning.", "She writes about policy.");
    assertThat(persona.headline()).isEqualTo("Researcher");
  }

  @Test
  void aTitleOfOnlyMarkupNamesNobody() {
    assertThat(ProfileParser.parse("ada-example", "# **\n\n### About\n\nText.\n")).isNull();
    assertThat(ProfileParser.parse("ada-example", "Ada Example\n\n### About\n\nText.\n")).isNull();
  }

  @Test
  void aPreambleOfOnlyMarkupGivesNoHeadline() {
    Persona persona =
        ProfileParser.parse("ada-example", "# Ada Example\n\n**\n\n### About\n\nText.\n");
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
    assertThat(persona.publications())
        .extracting(Persona.Publication::title)
        .containsExactly("Robust learning");
    assertThat(persona.keyPapers())
        .extracting(Persona.Publication::title)
        .containsExactly("Real paper");
    assertThat(persona.appearances())
        .extracting(Persona.Appearance::title)
        .containsExactly("Real Workshop");
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

  @Test
  void aUrlWithParenthesesKeepsItsClosingParenthesis() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            ### Publications

            - [Robust Agents (2024)](https://en.wikipedia.org/wiki/Robustness_(computer_science))
            """);
    assertThat(persona.publications())
        .containsExactly(
            new Persona.Publication(
                "Robust Agents",
                2024,
                "https://en.wikipedia.org/wiki/Robustness_(computer_science)",
                null));
  }

  @Test
  void aLinkTextWithBracketsOrEmphasisGivesThePlainTitle() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            ### Publications

            - [Learning [v2] to Act (2023)](https://example.org/v2)
            - [*Deep* Policies for **Safe** Control (2022)](https://example.org/deep)
            """);
    assertThat(persona.publications())
        .extracting(Persona.Publication::title, Persona.Publication::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Learning [v2] to Act", 2023),
            org.assertj.core.groups.Tuple.tuple("Deep Policies for Safe Control", 2022));
  }

  @Test
  void emphasisIsReadAsTextWithoutItsMarkers() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Dr Ada Example

            *Senior Researcher*

            ### About

            She wrote *Behavior-Based Robotics* and `robust_agents`, and _leads_ a **lab**.

            ### Expertise

            - *Robust* learning
            """);
    assertThat(persona.headline()).isEqualTo("Senior Researcher");
    assertThat(persona.bio())
        .containsExactly("She wrote Behavior-Based Robotics and robust_agents, and leads a lab.");
    assertThat(persona.expertise()).containsExactly("Robust learning");
  }

  @Test
  void aKeyPaperWithoutALinkTakesNoneFromTheNextPaper() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            **Key Papers**

            1. **"First Paper" (2024)** – shows one thing.

                - arXiv: [https://arxiv.org/abs/2401.00001](https://arxiv.org/abs/2401.00001)

            2. **"Second Paper" (2023)** – has no link anywhere.

            3. **"Third Paper" (2022)** – shows another.

                - Project page: [https://example.org/third](https://example.org/third)
                - arXiv: [https://arxiv.org/abs/2201.00003](https://arxiv.org/abs/2201.00003)
            """);
    assertThat(persona.keyPapers())
        .containsExactly(
            new Persona.Publication("First Paper", 2024, "https://arxiv.org/abs/2401.00001", null),
            new Persona.Publication("Second Paper", 2023, null, null),
            new Persona.Publication("Third Paper", 2022, "https://arxiv.org/abs/2201.00003", null));
    assertThat(persona.links())
        .containsExactly(
            new Persona.Link("Project page: Third Paper", "https://example.org/third", null));
  }

  @Test
  void anItemNamingTwoPapersGivesBothEachWithItsOwnLink() {
    // On a real profile the second paper was dropped and its link filed under the first.
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            **Key Papers**

            1. **"Connecting Dots" (2024)** and **"Quiet Learning" (2025)** – two results.

                - arXiv: [https://arxiv.org/abs/2406.00001](https://arxiv.org/abs/2406.00001)
                - arXiv: [https://arxiv.org/abs/2507.00002](https://arxiv.org/abs/2507.00002)

            2. **"Governor" (2009)** and **"Override" (2012)** – no links given.

            3. **"Alpha" (2020)** and **"Beta" (2021)** – one link for two papers.

                - PDF: [https://example.org/both.pdf](https://example.org/both.pdf)
            """);
    assertThat(persona.keyPapers())
        .containsExactly(
            new Persona.Publication(
                "Connecting Dots", 2024, "https://arxiv.org/abs/2406.00001", null),
            new Persona.Publication(
                "Quiet Learning", 2025, "https://arxiv.org/abs/2507.00002", null),
            new Persona.Publication("Governor", 2009, null, null),
            new Persona.Publication("Override", 2012, null, null),
            new Persona.Publication("Alpha", 2020, null, null),
            new Persona.Publication("Beta", 2021, null, null));
    assertThat(persona.links())
        .containsExactly(
            new Persona.Link("PDF: Alpha and Beta", "https://example.org/both.pdf", null));
  }

  @Test
  void aNumberedItemWithAPlainBoldLabelIsALinkWithItsNote() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            **Profile / Overviews**

            1. **Personal Research Website** – agenda and papers.

                - [https://ada.example.org](https://ada.example.org/)[](https://ada.example.org/)
            """);
    assertThat(persona.links())
        .containsExactly(
            new Persona.Link(
                "Personal Research Website", "https://ada.example.org/", "Agenda and papers."));
  }

  @Test
  void aCoreThemeKeepsItsSubItemsAsPartOfItsSentence() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            **Core Themes Relevant to the Motion**

            - **Safeguards**: she proposes two parts:
                - a *governor* that blocks actions;
                - an override.
            - **Audits** come first.
            """);
    assertThat(persona.coreThemes())
        .containsExactly(
            "Safeguards: she proposes two parts: a governor that blocks actions; an override.",
            "Audits come first.");
  }

  @Test
  void italicNamesInTheMediaSectionAreAppearancesWithWhereAndWhen() {
    Persona persona =
        ProfileParser.parse(
            "ada-example",
            """
            # Ada Example

            ### Media experience

            She speaks widely. She has given keynotes, including:

            - _Safety Summit 2024_ (Singapore)
            - _Interpretability Panel_ (ICLR 2024, Vienna)

            She co-organised the _Unlearning Workshop_ at NTU Singapore.
            """);
    assertThat(persona.appearances())
        .containsExactly(
            new Persona.Appearance(
                "Safety Summit 2024", "keynote or panel", null, "Singapore", 2024),
            new Persona.Appearance(
                "Interpretability Panel", "keynote or panel", "ICLR 2024", "Vienna", 2024),
            new Persona.Appearance(
                "Unlearning Workshop", "co-organiser", null, "NTU Singapore", null));
    assertThat(persona.mediaSummary()).isEqualTo("She speaks widely.");
  }
}

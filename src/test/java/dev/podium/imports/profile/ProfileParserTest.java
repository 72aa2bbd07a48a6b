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
}

package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A made-up speaker with accented names, hostile text in records, no pronouns, no themes and no
 * stated position: the brief must still be complete, fair and free of injected structure.
 */
class SecondSpeakerTest {
  private static final String SEEDS = "src/test/resources/fixtures/second-speaker/seeds";

  @TempDir Path out;

  private String brief() throws Exception {
    MainTest.Run run =
        MainTest.podium("brief", "jana-novak", "--seeds", SEEDS, "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readString(out.resolve("jana-novak/ai-autonomy-over-life/moderator.md"));
  }

  @Test
  void usesNeutralPronounsAndBuildsThemesFromTheEvidence() throws Exception {
    String brief = brief();
    assertThat(brief)
        .startsWith("# Jana Nováková: moderator’s brief\n")
        // Read aloud with the verb "they" takes.
        .contains(
            "## Introduction to read aloud\n\n"
                + "> Our next speaker is Jana Nováková, Lecturer, Univerzita Karlova. They join"
                + " this panel because their own published work on deception and hidden behaviour"
                + " bears directly on the motion. They are expected to speak against the motion.\n")
        .contains("**Predicted side: against the motion.**")
        .contains(
            "**What the evidence says.** The prediction rests on how the records on file bear on"
                + " the motion, stance by stance:")
        .contains(
            "- On deception and hidden behaviour, 2 records bear against the motion, none for it.")
        .contains(
            "Lines marked “drafted” were drafted by Podium from their records and not yet reviewed"
                + " by a person")
        .contains("### 1. Deception and hidden behaviour (drafted)\n")
        // A card built from the evidence: tag, cite line, whose work, and the finding as its
        // warrant.
        .contains(
            "#### 1. Hidden triggers survive fine-tuning in most models.\n\n"
                + "**Jana Nováková and Ondřej Dušek (2025; Jana Nováková: Lecturer, Univerzita"
                + " Karlova).** “Hidden Triggers: \\*Backdoors\\* in \\| Tables”, 1 March 2025."
                + " [1]\n\n"
                + "*Their own work*\n\n"
                + "> “**We find that hidden triggers survive fine-tuning in most models.**”\n")
        .contains("*Authorship not shown (et al.)*")
        .contains("No objections or responses are on file for Jana Nováková.")
        .contains(
            "- What result would change your view on this point, which rests most on your “Hidden"
                + " Triggers:")
        .doesNotContain(" him ")
        .doesNotContain(" his ")
        .doesNotContain(" He ")
        .doesNotContain("**Affiliations**")
        .doesNotContain("Research interests");
  }

  @Test
  void recordTextNeverBecomesMarkdownStructure() throws Exception {
    var document =
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(brief());
    List<String> headings = new ArrayList<>();
    List<String> links = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            StringBuilder title = new StringBuilder();
            heading.accept(
                new AbstractVisitor() {
                  @Override
                  public void visit(Text t) {
                    title.append(t.getLiteral());
                  }
                });
            headings.add(heading.getLevel() + " " + title);
          }

          @Override
          public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(Text t) {
            text.append(t.getLiteral()).append('\n');
          }
        });
    assertThat(headings)
        .containsExactly(
            "1 Jana Nováková: moderator’s brief",
            "2 Introduction to read aloud",
            "2 Likely position and why",
            "2 Background",
            "2 Key arguments",
            "3 1. Deception and hidden behaviour (drafted)",
            "4 1. Hidden triggers survive fine-tuning in most models.",
            "4 2. Larger models hide triggers better.",
            "3 2. Governance, policy and standards (drafted)",
            "4 1. Liability rules lag behind deployment.",
            "2 Objections and likely responses",
            "2 Evidence that cuts the other way",
            "2 Questions to ask",
            "3 Deception and hidden behaviour",
            "3 Governance, policy and standards",
            "2 Evidence table",
            "2 References");
    assertThat(links).isEmpty();
    assertThat(text.toString())
        .contains("Hidden Triggers: *Backdoors* in | Tables")
        .contains(
            "Jana Nováková works with Ondřej Dušek and Sören Mindermann on *evaluation* of"
                + " [language](javascript:alert(1)) models.")
        // A card’s cite line shows the title’s markup characters as text.
        .contains("Hidden Triggers: *Backdoors* in | Tables”, 1 March 2025. [1]");
  }
}

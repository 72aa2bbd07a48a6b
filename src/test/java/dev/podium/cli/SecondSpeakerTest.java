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
    MainTest.Run run = MainTest.podium("brief", "jana-novak", "--seeds", SEEDS, "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readString(out.resolve("jana-novak/ai-autonomy-over-life/moderator.md"));
  }

  @Test
  void usesNeutralPronounsAndBuildsThemesFromTheEvidence() throws Exception {
    String brief = brief();
    assertThat(brief)
        .startsWith("# Jana Nováková: moderator’s brief\n")
        .contains("- **Likely side:** against the motion, from the weight of their evidence.")
        .contains("**What the evidence says.** The prediction rests on the evidence on file, each record weighed by the way it bears:")
        .contains("### 1. Deception and hidden behaviour\n")
        .contains("*Drafted by Podium from their records, not yet reviewed by a person:")
        .contains("**1.** We find that hidden triggers survive fine-tuning in most models. [1]")
        .contains("No objections or responses are on file for Jana Nováková.")
        .contains("- What result would change your view on this point, which rests most on your “Hidden Triggers:")
        .doesNotContain(" him ")
        .doesNotContain(" his ")
        .doesNotContain("**Affiliations**")
        .doesNotContain("Research interests");
  }

  @Test
  void recordTextNeverBecomesMarkdownStructure() throws Exception {
    var document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(brief());
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
            "2 At a glance",
            "2 Background",
            "2 Likely position and why",
            "2 Key arguments",
            "3 1. Deception and hidden behaviour",
            "3 2. Governance, policy and standards",
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
        .contains("on *evaluation* of [language](javascript:alert(1)) models.")
        .contains("Σύστημα and Пётр");
  }
}

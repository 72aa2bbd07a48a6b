package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel pack, on two made-up speakers who take opposite sides. */
class PanelTest {
  private static final String SEEDS = "src/test/resources/fixtures/second-speaker/seeds";

  @TempDir Path out;

  private String panel(String... personas) throws Exception {
    String[] args = new String[personas.length + 5];
    args[0] = "panel";
    System.arraycopy(personas, 0, args, 1, personas.length);
    args[personas.length + 1] = "--seeds";
    args[personas.length + 2] = SEEDS;
    args[personas.length + 3] = "--out";
    args[personas.length + 4] = out.toString();
    MainTest.Run run = MainTest.podium(args);
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readString(
        out.resolve("panels/ai-autonomy-over-life/" + String.join("_", personas) + ".md"));
  }

  @Test
  void theClashMatrixShowsEachSpeakersSideAndCountPerStance() throws Exception {
    String panel = panel("jana-novak", "alex-moreau");
    assertThat(panel)
        .contains(
            "**Panel:** Jana Nováková (likely against the motion); Alex Moreau (likely for the"
                + " motion).")
        .contains("| Stance | Jana Nováková | Alex Moreau |\n|---|---|---|\n")
        .contains("| Deception and hidden behaviour (clash) | against (2) | for (1) |")
        .contains("| Governance, policy and standards (clash) | against (1) | for (2) |")
        .doesNotContain("Limits of unlearning");
  }

  @Test
  void questionsSetSpeakersAgainstEachOtherWhereTheyClash() throws Exception {
    String panel = panel("jana-novak", "alex-moreau");
    assertThat(panel)
        .contains(
            "- **Deception and hidden behaviour.** To Jana Nováková (against): Alex Moreau (for)"
                + " makes this point: runtime monitors caught every backdoor planted in deployed"
                + " triage models (Monitors Catch Backdoors in Deployed Triage Models, 2025). How"
                + " do you answer it?")
        .contains(
            "- **Deception and hidden behaviour.** To Alex Moreau (for): Jana Nováková (against)"
                + " makes this point:");
    // Alex set his governance records to bear for the motion by hand, so he has a point there too.
    assertThat(
            panel.lines().filter(l -> l.startsWith("- **") && l.contains("How do you answer it?")))
        .hasSize(4);
    assertThat(panel)
        .contains(
            "- **Governance, policy and standards.** To Jana Nováková (against): Alex Moreau (for)"
                + " makes this point: We find that audited models matched clinicians on safety.");
  }

  @Test
  void eachSpeakerHasASectionWithTheirOwnSources() throws Exception {
    String panel = panel("jana-novak", "alex-moreau");
    assertThat(panel.indexOf("## Jana Nováková")).isLessThan(panel.indexOf("## Alex Moreau"));
    String jana =
        panel.substring(panel.indexOf("## Jana Nováková"), panel.indexOf("## Alex Moreau"));
    String alex = panel.substring(panel.indexOf("## Alex Moreau"));
    // A key argument is the line's headline and what she will argue, cited to her own sources.
    assertThat(alex)
        .contains("**Predicted side: for the motion.**")
        .contains("**What the profile says.** Her profile says she favours autonomy")
        .contains(
            "\n"
                + "**Key arguments**\n\n"
                + "1. **Monitoring makes hidden behaviour manageable.** She will argue that runtime"
                + " monitoring catches planted backdoors. [1]\n")
        .contains("**Questions for her**")
        .contains(
            "\n"
                + "**Sources**\n\n"
                + "[1] A. Moreau and S. Lee, “Monitors Catch Backdoors in Deployed Triage Models,”")
        .doesNotContain("Hidden Triggers");
    // A drafted line has no headline of its own: its stance, and why the stance matters for the
    // motion.
    assertThat(jana)
        .contains(
            "\n"
                + "**Key arguments**\n\n"
                + "1. **Deception and hidden behaviour.** If models can behave deceptively")
        .contains("**Questions for them**")
        .contains(
            "\n"
                + "**Sources**\n\n"
                + "[1] J. Nováková and O. Dušek, “Hidden Triggers: \\*Backdoors\\* in \\| Tables,”")
        .doesNotContain("Monitors Catch Backdoors");
  }

  @Test
  void aPanelOfOneSideSaysNothingDividesIt() throws Exception {
    Path seeds = dev.podium.TestSeeds.copy(out);
    dev.podium.TestSeeds.copyTree(
        Path.of(SEEDS, "personas/jana-novak"), seeds.resolve("personas/jana-novak"));
    MainTest.Run run =
        MainTest.podium(
            "panel",
            "fazl-barez",
            "jana-novak",
            "--seeds",
            seeds.toString(),
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(
            Files.readString(out.resolve("panels/ai-autonomy-over-life/fazl-barez_jana-novak.md")))
        .contains("| Limits of unlearning and safety training | against (5) | silent |")
        .contains("No stance divides this panel");
  }

  @Test
  void aPanelNeedsTwoKnownPersonas() {
    MainTest.Run one = MainTest.podium("panel", "jana-novak", "--seeds", SEEDS);
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err())
        .isEqualTo(
            "podium: a panel needs at least two different personas, got 1 ('jana-novak');"
                + " for one speaker, use podium brief\n");
    assertThat(MainTest.podium("panel", "jana-novak", "jana-novak", "--seeds", SEEDS).err())
        .startsWith("podium: a panel needs at least two different personas, got 1");
    assertThat(MainTest.podium("panel", "jana-novak", "nobody", "--seeds", SEEDS).err())
        .startsWith("podium: unknown persona 'nobody'");
  }
}

package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.cli.MainTest.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults from the environment and podium.yaml, below the command line and above Podium's own. */
class DefaultValuesTest {
  @TempDir Path temp;

  private Run podium(Map<String, String> environment, Path projectFile, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.Session session =
        new Main.Session(
            Clock.systemUTC(),
            Terminal.NONE,
            StopHandle.manual(),
            new DefaultValues.Sources(environment, projectFile));
    int code = Main.run(session, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path seeds(String name) {
    return TestSeeds.copyTree(TestSeeds.SEEDS, temp.resolve(name));
  }

  private Path project(String yaml) throws IOException {
    return Files.writeString(temp.resolve("podium.yaml"), yaml);
  }

  @Test
  void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheProjectFile() throws IOException {
    Path fromFile = seeds("from-file");
    Path fromEnvironment = seeds("from-environment");
    Path fromCommandLine = seeds("from-command-line");
    Path project = project("seeds: " + fromFile + "\n");
    Map<String, String> environment = Map.of("PODIUM_SEEDS", fromEnvironment.toString());

    assertThat(podium(Map.of(), project, "list").out()).startsWith("seeds: " + fromFile + "\n");
    assertThat(podium(environment, project, "list").out())
        .startsWith("seeds: " + fromEnvironment + "\n");
    assertThat(podium(environment, project, "list", "--seeds", fromCommandLine.toString()).out())
        .startsWith("seeds: " + fromCommandLine + "\n");
    assertThat(podium(Map.of(), null, "list").out()).startsWith("seeds: seeds\n");
  }

  @Test
  void anEmptyEnvironmentVariableLeavesTheDefaultToTheProjectFile() throws IOException {
    Path fromFile = seeds("from-file");
    Run run = podium(Map.of("PODIUM_SEEDS", ""), project("seeds: " + fromFile + "\n"), "list");
    assertThat(run.out()).startsWith("seeds: " + fromFile + "\n");
  }

  @Test
  void helpShowsTheDefaultsInEffectAndWhereTheyComeFrom() throws IOException {
    Run run =
        podium(
            Map.of("PODIUM_STYLE", "apa"),
            project("# this folder's defaults\npaper: letter\n"),
            "brief",
            "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("default: apa)")
        .contains("(default: letter)")
        .contains("Defaults: the command line wins, then the environment (PODIUM_SEEDS,")
        .contains("  --paper letter  (from " + temp.resolve("podium.yaml") + ":2:8)\n")
        .contains("  --style apa  (from PODIUM_STYLE)\n");
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("then podium.yaml in the working folder (in use), then Podium's own.");
    assertThat(podium(Map.of(), null, "brief", "--help").out())
        .contains("default: ieee)")
        .contains("(none here)");
  }

  @Test
  void aDefaultThatIsNotAValueNamesWhereItCameFrom() {
    Run run = podium(Map.of("PODIUM_PAPER", "lettr"), null, "brief");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "podium: --paper (from PODIUM_PAPER): expected a4 or letter, got 'lettr';"
                + " did you mean 'letter'?\n");
  }

  @Test
  void aDefaultStyleGivesWayToAStyleFileOnTheCommandLine() {
    Path missing = temp.resolve("missing.csl");
    Run run = podium(Map.of("PODIUM_STYLE", "apa"), null, "brief", "--csl", missing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("podium: " + missing + ": style file not found\n");
    Run both = podium(Map.of(), null, "brief", "--style", "apa", "--csl", missing.toString());
    assertThat(both.code()).isEqualTo(2);
  }

  @Test
  void aMotionFromTheProjectFileDoesNotStopBriefAll() throws IOException {
    Run run =
        podium(
            Map.of(),
            project("motion: ai-autonomy-over-life\nformat: md\n"),
            "brief",
            "--all",
            "--no-charts",
            "--seeds",
            seeds("seeds").toString(),
            "--out",
            temp.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(temp.resolve("out/philip-torr/ai-autonomy-over-life/handout.md")).exists();
    assertThat(temp.resolve("out/philip-torr/ai-autonomy-over-life/handout.pdf")).doesNotExist();
  }

  @Test
  void aBadProjectFileIsALocatedErrorAndNothingRuns() throws IOException {
    Path project = project("styel: apa\npaper:\n  - a4\n");
    Run run = podium(Map.of(), project, "list");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            project
                + ":1:1: unknown key 'styel'; did you mean 'style'? (keys: seeds,"
                + " motion, style, locale, paper, format)\n"
                + project
                + ":3:3: expected a value for 'paper', as on the command line"
                + " (--paper VALUE), found a list\n"
                + "podium: fix podium.yaml or run elsewhere; nothing was done\n");
  }

  @Test
  void malformedYamlInTheProjectFileIsLocatedToo() throws IOException {
    Path project = project("style: [apa\n");
    Run run = podium(Map.of(), project, "list");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(project + ":2:1: malformed YAML");
  }
}

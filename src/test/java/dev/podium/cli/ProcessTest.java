package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Podium once as a real process: exit codes and streams as a shell sees them. */
class ProcessTest {
  @TempDir Path temp;

  private Process start(String... args) throws Exception {
    return start(Path.of(""), args);
  }

  private Process start(Path workingDir, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workingDir.toAbsolutePath().toFile());
    // Asks for colour even in a pipe: Podium still colours only a terminal.
    builder.environment().put("CLICOLOR_FORCE", "1");
    builder.environment().remove("NO_COLOR");
    // Defaults of the person running the tests are not the tests' defaults.
    builder.environment().keySet().removeIf(name -> name.startsWith("PODIUM_"));
    return builder.start();
  }

  @Test
  void writesABriefAndExitsZero() throws Exception {
    Process p = start("brief", "--out", temp.toString());
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(out).startsWith("wrote ").doesNotContain("\u001B");
    assertThat(Files.readString(temp.resolve("fazl-barez/ai-autonomy-over-life/moderator.md")))
        .contains("Dr Fazl Barez");
    // A JVM of its own gives the same PDF bytes as the one that made the committed file.
    assertThat(Files.readAllBytes(temp.resolve("fazl-barez/ai-autonomy-over-life/moderator.pdf")))
        .isEqualTo(
            Files.readAllBytes(Path.of("briefs/fazl-barez/ai-autonomy-over-life/moderator.pdf")));
  }

  @Test
  void exitsTwoOnUsageErrorsWithoutAStackTrace() throws Exception {
    Process p = start("brief", "--nope");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(err).startsWith("podium: Unknown option: '--nope'").doesNotContain("\tat ");
  }

  @Test
  void outsideACheckoutTheBundledSeedsAndTemplatesGiveTheCommittedBrief() throws Exception {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Process p = start(elsewhere, "brief");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
    String relative = "briefs/fazl-barez/ai-autonomy-over-life/moderator.md";
    assertThat(Files.readString(elsewhere.resolve(relative)))
        .isEqualTo(Files.readString(Path.of(relative)));
  }

  @Test
  void watchingTheBundledSeedsIsAUsageError() throws Exception {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Process p = start(elsewhere, "brief", "--watch");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(err)
        .startsWith("podium: --watch needs a seeds folder on disk")
        .contains("Pass --seeds DIR")
        .doesNotContain("\u001B");
  }

  @Test
  void anInterruptEndsAWatchWithExitZero() throws Exception {
    Path seeds = dev.podium.TestSeeds.copy(temp);
    Process p =
        start(
            "brief",
            "--watch",
            "--format",
            "md",
            "--seeds",
            seeds.toString(),
            "--out",
            temp.resolve("out").toString());
    var lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = lines.readLine();
    } while (line != null && !line.startsWith("wrote "));
    assertThat(line).as("a first build").isNotNull();
    // What Ctrl-C sends to the process in a terminal.
    assertThat(new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor())
        .isZero();
    assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("ended").isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(lines.readLine()).isEqualTo("podium: stopped watching");
  }

  private static String run(Process p) throws Exception {
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.getInputStream().readAllBytes();
    p.waitFor();
    return err;
  }

  @Test
  void inAnEmptyFolderInitStartsSeedsThatBriefThenFinds() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Process unknown = start(empty, "brief", "jane-doe");
    assertThat(run(unknown))
        .isEqualTo(
            "podium: unknown persona 'jane-doe': there is no ./seeds here, so Podium read the"
                + " sample bundled with it, which has fazl-barez, philip-torr; run podium init"
                + " jane-doe to start a seeds folder here, or pass --seeds DIR\n");
    assertThat(unknown.exitValue()).isEqualTo(2);

    Process init = start(empty, "init", "jane-doe", "--name", "Jane Doe");
    assertThat(run(init)).isEmpty();
    assertThat(init.exitValue()).isZero();
    assertThat(empty.resolve("seeds/stances.yaml")).exists();
    assertThat(empty.resolve("seeds/motions/ai-autonomy-over-life.yaml")).exists();
    assertThat(empty.resolve("seeds/personas")).isDirectoryContaining(p -> p.endsWith("jane-doe"));
    assertThat(empty.resolve("seeds/personas/fazl-barez")).doesNotExist();

    Process brief = start(empty, "brief", "jane-doe", "--format", "md");
    String err = run(brief);
    assertThat(brief.exitValue()).as(err).isZero();
    assertThat(empty.resolve("briefs/jane-doe/ai-autonomy-over-life/moderator.md")).exists();
  }
}

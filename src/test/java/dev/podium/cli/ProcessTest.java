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
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(workingDir.toAbsolutePath().toFile()).start();
  }

  @Test
  void writesABriefAndExitsZero() throws Exception {
    Process p = start("brief", "--out", temp.toString());
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(out).startsWith("wrote ");
    assertThat(Files.readString(temp.resolve("fazl-barez/ai-autonomy-over-life/moderator.md")))
        .contains("Dr Fazl Barez");
    // A JVM of its own gives the same PDF bytes as the one that made the committed file.
    assertThat(Files.readAllBytes(temp.resolve("fazl-barez/ai-autonomy-over-life/moderator.pdf")))
        .isEqualTo(Files.readAllBytes(Path.of("briefs/fazl-barez/ai-autonomy-over-life/moderator.pdf")));
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
    assertThat(Files.readString(elsewhere.resolve(relative))).isEqualTo(Files.readString(Path.of(relative)));
  }
}

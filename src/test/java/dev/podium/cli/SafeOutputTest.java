package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs stay inside --out and are never left half-written. */
class SafeOutputTest {
  @TempDir Path temp;

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aProcessKilledMidWriteLeavesThePreviousBriefIntactAndTheNextRunCleansUp() throws Exception {
    Path out = temp.resolve("out");
    assertThat(MainTest.podium("brief", "--format", "md", "--out", out.toString()).code()).isZero();
    Path brief = out.resolve("fazl-barez/ai-autonomy-over-life/moderator.md");
    byte[] before = Files.readAllBytes(brief);
    Files.writeString(out.resolve("fazl-barez/ai-autonomy-over-life/keep.txt"), "unrelated");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java, "-cp", System.getProperty("java.class.path"), CrashingMain.class.getName()));
    command.addAll(List.of("brief", "--format", "md", "--style", "apa", "--out", out.toString()));
    Process crashed = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(crashed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(crashed.waitFor()).as(output).isEqualTo(137);

    // The brief is the old one, whole; what the killed run left is only its own temporary file.
    assertThat(Files.readAllBytes(brief)).isEqualTo(before);
    assertThat(names(brief.getParent()))
        .hasSize(4)
        .contains("keep.txt", "moderator.md", "evidence-profile.svg")
        .anyMatch(n -> n.startsWith(".moderator.md.") && n.endsWith(".tmp"));

    assertThat(
            MainTest.podium("brief", "--format", "md", "--style", "apa", "--out", out.toString())
                .code())
        .isZero();
    assertThat(names(brief.getParent()))
        .containsExactly("evidence-profile.svg", "keep.txt", "moderator.md");
    assertThat(Files.readString(brief)).contains("(Lo et al., 2024)");
  }

  @Test
  void aSymbolicLinkInsideOutIsNotFollowed() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("fazl-barez"), elsewhere);
    MainTest.Run run = MainTest.podium("brief", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .endsWith(
            "podium: refusing to write through the symbolic link "
                + out.resolve("fazl-barez")
                + "; remove it or choose another --out\n");
    assertThat(names(elsewhere)).isEmpty();
  }

  @Test
  void idsThatCouldLeaveTheFolderAreRefused() {
    for (String bad : List.of("..", "../x", "/etc", "a/b", "Fazl", "fazl_barez", "")) {
      MainTest.Run run = MainTest.podium("brief", bad, "--out", temp.toString());
      assertThat(run.code()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).startsWith("podium: bad persona");
    }
    assertThat(MainTest.podium("brief", "--kind", "../moderator", "--out", temp.toString()).code())
        .isEqualTo(2);
    assertThat(temp.toFile().list()).isEmpty();
  }
}

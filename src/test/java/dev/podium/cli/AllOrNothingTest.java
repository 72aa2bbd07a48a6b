package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files are one unit: a run that fails anywhere writes nothing and says so. */
class AllOrNothingTest {
  @TempDir Path temp;

  @Test
  void briefAllWithOneBrokenPersonaWritesNothingAndSaysNothingWasWritten() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Files.writeString(seeds.resolve("personas/philip-torr/evidence.yaml"), "evidence: [\n");
    Path out = temp.resolve("out");
    MainTest.Run run =
        podium(
            "brief",
            "--all",
            "--format",
            "md",
            "--seeds",
            seeds.toString(),
            "--out",
            out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out() + run.err()).doesNotContain("wrote ");
    assertThat(run.err()).contains("persona-motion briefs failed; nothing written");
    assertThat(out).doesNotExist();
  }

  /** Two processes writing the same folder at once take turns; both succeed, one set stands. */
  @Test
  void twoProcessesWritingTheSameFolderAtOnceBothSucceed() throws Exception {
    Path out = temp.resolve("shared");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (String style : List.of("ieee", "apa")) {
      processes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "brief",
                  "--kind",
                  "all",
                  "--format",
                  "md,pdf",
                  "--style",
                  style,
                  "--out",
                  out.toString())
              .redirectErrorStream(true)
              .start());
    }
    for (Process process : processes) {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(output).isZero();
    }
    Path folder = out.resolve("fazl-barez/ai-autonomy-over-life");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("nothing of either run is left half done")
          .noneMatch(name -> name.startsWith("."));
    }
    // One run's set, whole: the style of every Markdown file's references agrees.
    boolean apa = Files.readString(folder.resolve("moderator.md")).contains("(Lo et al., 2024)");
    assertThat(Files.readString(folder.resolve("opponent.md")).contains("(Lo et al., 2024)"))
        .isEqualTo(apa);
  }
}

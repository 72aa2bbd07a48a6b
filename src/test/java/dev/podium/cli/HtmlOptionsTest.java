package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML format on the command line: in a list, as {@code -o FILE.html}, to standard output. */
class HtmlOptionsTest {
  @TempDir Path tmp;

  @Test
  void htmlJoinsTheListAndNeedsNoFileBesideIt() throws IOException {
    MainTest.Run run = podium("brief", "--format", "html,md", "--out", tmp.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path dir = tmp.resolve("fazl-barez/ai-autonomy-over-life");
    assertThat(names(dir))
        .containsExactly("evidence-profile.svg", "moderator.html", "moderator.md");
    // Written in registry order: Markdown (with its chart), then HTML.
    assertThat(run.out().lines().map(l -> l.replaceAll(" \\(.*", "")))
        .containsExactly(
            "wrote " + dir.resolve("moderator.md"),
            "wrote " + dir.resolve("evidence-profile.svg"),
            "wrote " + dir.resolve("moderator.html"));
  }

  @Test
  void oneHtmlFileIsTheWholeDocument() throws IOException {
    Path file = tmp.resolve("pack/barez.html");
    Files.createDirectories(file.getParent());
    MainTest.Run run = podium("brief", "-o", file.toString(), "--paper", "letter");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(names(file.getParent())).containsExactly("barez.html");
    assertThat(Files.readString(file))
        .startsWith("<!DOCTYPE html>\n")
        .contains("<svg ")
        .contains("  size: letter;\n");
    assertThat(run.out()).isEqualTo(MainTest.wrote(file));
  }

  @Test
  void aDashWithHtmlSendsThePageToStandardOutput() {
    MainTest.Run run =
        podium("brief", "--format", "html", "-o", "-", "--out", tmp.resolve("briefs").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>\n").contains("<svg ").endsWith("</html>\n");
    assertThat(tmp.resolve("briefs")).doesNotExist();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}

package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.publish.Format;
import dev.podium.publish.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format} as a list, {@code -o FILE} for one document, {@code -o -} for standard output.
 */
class OutputOptionsTest {
  @TempDir Path tmp;

  @Test
  void formatsAreAListAndAllMeansEveryRegisteredFormat() throws IOException {
    MainTest.Run run =
        podium("brief", "--kind", "handout", "--format", "pdf,md", "--out", tmp.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path dir = tmp.resolve("fazl-barez/ai-autonomy-over-life");
    assertThat(names(dir)).containsExactly("handout.md", "handout.pdf");

    Path every = tmp.resolve("every");
    run = podium("brief", "--kind", "handout", "--format", "all", "--out", every.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<String> expected =
        Formats.all().stream().map(Format::extension).map(e -> "handout" + e).sorted().toList();
    assertThat(names(every.resolve("fazl-barez/ai-autonomy-over-life")))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void oneFileTakesItsFormatFromItsExtensionAndWritesNothingElse() throws IOException {
    Path file = tmp.resolve("packs/barez-handout.pdf");
    Files.createDirectories(file.getParent());
    MainTest.Run run =
        podium(
            "brief",
            "--kind",
            "handout",
            "-o",
            file.toString(),
            "--out",
            tmp.resolve("unused").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(names(file.getParent())).containsExactly("barez-handout.pdf");
    assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
    assertThat(tmp.resolve("unused")).doesNotExist();
    assertThat(run.out()).isEqualTo(MainTest.wrote(file));
  }

  @Test
  void aDocxFileNamedByItsExtensionIsAWordDocumentAndCannotGoToStandardOutput() throws IOException {
    Path file = tmp.resolve("barez-opponent.docx");
    MainTest.Run run = podium("brief", "--kind", "opponent", "-o", file.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(file)).startsWith("PK".getBytes());
    assertThat(names(tmp)).containsExactly("barez-opponent.docx");

    MainTest.Run binary = podium("brief", "--format", "docx", "-o", "-");
    assertThat(binary.code()).isEqualTo(2);
  }

  @Test
  void aDashSendsTheMarkdownToStandardOutputAndWritesNoFile() throws IOException {
    MainTest.Run run =
        podium("brief", "--kind", "handout", "-o", "-", "--out", tmp.resolve("briefs").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# Dr Fazl Barez\n").contains("## What he is likely to argue");
    assertThat(tmp.resolve("briefs")).doesNotExist();
  }

  @Test
  void usageMistakesAboutOutputExitTwoAndSayWhatToDo() {
    MainTest.Run many = podium("brief", "--kind", "all", "-o", tmp.resolve("x.md").toString());
    assertThat(many.code()).isEqualTo(2);
    assertThat(many.err())
        .isEqualTo("podium: -o writes one document; choose one --kind and leave out --all\n");

    MainTest.Run unknown = podium("brief", "-o", tmp.resolve("brief.txt").toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("podium: cannot tell the format of '")
        .contains(".md, .pdf");

    MainTest.Run dashFolder = podium("brief", "--out", "-");
    assertThat(dashFolder.code()).isEqualTo(2);
    assertThat(dashFolder.err())
        .isEqualTo("podium: --out takes a folder; to write to standard output, use -o -\n");
    assertThat(Path.of("-")).doesNotExist();

    MainTest.Run binary = podium("brief", "--format", "pdf", "-o", "-");
    assertThat(binary.code()).isEqualTo(2);
    assertThat(binary.err())
        .startsWith(
            "podium: -o - writes one text document to standard output; use --format with one of"
                + " md");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.endsWith(".svg"))
          .sorted()
          .toList();
    }
  }
}

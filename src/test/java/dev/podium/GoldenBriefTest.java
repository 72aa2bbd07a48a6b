package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed briefs, Markdown and PDF, are reproduced byte for byte from the committed seeds and
 * templates. When a change to them is intended, regenerate with {@code ./podium brief} and review
 * the diff.
 */
class GoldenBriefTest {
  private static final String BRIEF = "fazl-barez/ai-autonomy-over-life/moderator";

  @TempDir Path temp;

  private Path generate(Path out) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "brief",
            "fazl-barez",
            "--motion",
            "ai-autonomy-over-life",
            "--kind",
            "moderator",
            "--seeds",
            "seeds",
            "--templates",
            "templates",
            "--out",
            out.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    return out;
  }

  @Test
  void moderatorBriefIsReproducedByteForByte() throws Exception {
    Path out = generate(temp);
    byte[] expected = Files.readAllBytes(Path.of("briefs").resolve(BRIEF + ".md"));
    byte[] actual = Files.readAllBytes(out.resolve(BRIEF + ".md"));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("briefs/%s.md is stale: run ./podium brief and review the diff", BRIEF)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void moderatorPdfIsReproducedByteForByte() throws Exception {
    Path out = generate(temp);
    byte[] expected = Files.readAllBytes(Path.of("briefs").resolve(BRIEF + ".pdf"));
    byte[] actual = Files.readAllBytes(out.resolve(BRIEF + ".pdf"));
    // Compare the text first: when the PDF is stale, that difference is the readable one.
    assertThat(new PdfFile(actual).text())
        .as("briefs/%s.pdf is stale: run ./podium brief and look at the PDF", BRIEF)
        .isEqualTo(new PdfFile(expected).text());
    assertThat(actual)
        .as("briefs/%s.pdf differs in layout or bytes: run ./podium brief and look at it", BRIEF)
        .isEqualTo(expected);
  }

  @Test
  void twoGenerationsAreByteIdentical() throws Exception {
    byte[] first = Files.readAllBytes(generate(temp.resolve("a")).resolve(BRIEF + ".pdf"));
    byte[] second = Files.readAllBytes(generate(temp.resolve("b")).resolve(BRIEF + ".pdf"));
    assertThat(second).isEqualTo(first);
  }
}

package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed briefs are reproduced byte for byte from the committed seeds and templates. When
 * a change to them is intended, regenerate with {@code ./podium brief} and review the diff.
 */
class GoldenBriefTest {
  @TempDir Path temp;

  @Test
  void moderatorBriefIsReproducedByteForByte() throws Exception {
    String relative = "fazl-barez/ai-autonomy-over-life/moderator.md";
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            "brief", "fazl-barez", "--motion", "ai-autonomy-over-life", "--kind", "moderator",
            "--seeds", "seeds", "--templates", "templates", "--out", temp.toString());
    assertThat(code).isZero();
    byte[] expected = Files.readAllBytes(Path.of("briefs").resolve(relative));
    byte[] actual = Files.readAllBytes(temp.resolve(relative));
    assertThat(new String(actual, java.nio.charset.StandardCharsets.UTF_8))
        .as("briefs/%s is stale: run ./podium brief and review the diff", relative)
        .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }
}

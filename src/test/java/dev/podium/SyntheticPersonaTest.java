package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPersonaTest {
  @TempDir Path temp;

  @Test
  void theSameSeedGivesTheSameFilesAndTheyPassCheck() throws Exception {
    Path a = TestSeeds.copy(temp.resolve("a"));
    Path b = TestSeeds.copy(temp.resolve("b"));
    Path first = SyntheticPersona.write(a, "synthetic", 300, 42);
    Path second = SyntheticPersona.write(b, "synthetic", 300, 42);
    for (String file : new String[] {"persona.yaml", "evidence.yaml", "themes.yaml"}) {
      assertThat(Files.readString(first.resolve(file)))
          .isEqualTo(Files.readString(second.resolve(file)));
    }
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "brief",
            "synthetic",
            "--seeds",
            a.toString(),
            "--kind",
            "all",
            "--out",
            temp.resolve("out").toString());
    assertThat(code).as(err.toString()).isZero();
    String brief =
        Files.readString(temp.resolve("out/synthetic/ai-autonomy-over-life/moderator.md"));
    // A persona this large has more stance-tagged records than a brief lists: the evidence table
    // and the references stop at the same number, and the brief says the weaker rest are left out.
    long tagged =
        Files.readString(first.resolve("evidence.yaml"))
            .lines()
            .filter(l -> l.startsWith("    stances: ["))
            .count();
    List<String> rows = brief.lines().filter(l -> l.matches("\\| \\[\\d+] \\| .*")).toList();
    int count = rows.size();
    assertThat(count)
        .as("the table lists some records, fewer than are tagged")
        .isPositive()
        .isLessThan((int) tagged);
    for (int i = 0; i < count; i++) {
      assertThat(rows.get(i)).as("table row %d", i + 1).startsWith("| [" + (i + 1) + "] |");
    }
    String references = brief.substring(brief.indexOf("\n## References\n"));
    assertThat(references.lines().filter(l -> l.matches("\\[\\d+] .+"))).hasSize(count);
    assertThat(references).contains("\n[" + count + "] ");
    assertThat(brief)
        .doesNotContain("[" + (count + 1) + "]")
        .contains(
            "Further records tagged with a stance, weaker than those listed and cited nowhere"
                + " above, are left out.");
  }
}

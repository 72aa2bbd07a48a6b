package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
      assertThat(Files.readString(first.resolve(file))).isEqualTo(Files.readString(second.resolve(file)));
    }
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()), new PrintWriter(err),
            "brief", "synthetic", "--seeds", a.toString(), "--kind", "all", "--out", temp.resolve("out").toString());
    assertThat(code).as(err.toString()).isZero();
    String brief = Files.readString(temp.resolve("out/synthetic/ai-autonomy-over-life/moderator.md"));
    // A persona this large has more stance-tagged records than a brief lists: the references stop
    // at the number the table names, and the rest are counted.
    var listed = java.util.regex.Pattern.compile("The table lists the records cited above or tagged with a stance \\((\\d+) on file\\)").matcher(brief);
    assertThat(listed.find()).as("the table says how many it lists").isTrue();
    int count = Integer.parseInt(listed.group(1));
    assertThat(brief).contains("[" + count + "]").doesNotContain("[" + (count + 1) + "]").contains("Further records tagged with a stance (");
  }
}

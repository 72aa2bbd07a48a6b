package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The AsciiDoc the build turns into man pages has the sections a man page is expected to have after
 * the options: EXAMPLES, ENVIRONMENT and FILES.
 */
class ManPageSectionsTest {
  @TempDir Path temp;

  private String page(String name) throws Exception {
    CommandLine podium = new CommandLine(new Main(), new Main.Factory());
    ManPageGenerator.generateManPage(
        temp.toFile(), null, new boolean[0], false, podium.getCommandSpec());
    return Files.readString(temp.resolve(name));
  }

  @Test
  void thePodiumPageHasExamplesEnvironmentAndFiles() throws Exception {
    String page = page("podium.adoc");
    assertThat(page)
        .contains("== Examples\n")
        .contains("\n== Environment\n")
        .contains("\n== Files\n")
        .contains("podium init jane-doe --name 'Jane Doe' && podium brief jane-doe")
        .contains(
            "PODIUM_SEEDS, PODIUM_MOTION, PODIUM_STYLE, PODIUM_LOCALE, PODIUM_PAPER, PODIUM_FORMAT")
        .contains("podium.yaml\n");
  }

  @Test
  void commandsWithDefaultsNameTheirEnvironmentAndFiles() throws Exception {
    assertThat(page("podium-brief.adoc"))
        .contains("== Examples\n")
        .contains("podium brief jane-doe --kind all --paper letter --date 2026-11-30")
        .contains("\n== Environment\n")
        .contains("\n== Files\n");
    assertThat(page("podium-check.adoc")).contains("== Examples\n").contains("\n== Files\n");
    assertThat(page("podium-schema.adoc")).doesNotContain("== Environment");
  }
}

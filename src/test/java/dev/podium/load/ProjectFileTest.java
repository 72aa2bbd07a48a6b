package dev.podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
  @TempDir Path temp;

  private record Read(ProjectFile file, List<String> diagnostics) {}

  private Read read(String yaml) throws IOException {
    Path file = Files.writeString(temp.resolve(ProjectFile.NAME), yaml);
    Diagnostics diagnostics = new Diagnostics();
    ProjectFile project = ProjectFile.read(file, "podium.yaml", diagnostics);
    return new Read(project, diagnostics.sorted().stream().map(Diagnostic::format).toList());
  }

  @Test
  void eachKeyGivesAValueWithItsPlace() throws IOException {
    Read read = read("# defaults\nstyle: apa\nformat: md,pdf\nseeds: ../shared seeds\n");
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.file().settings())
        .containsEntry(
            "style", new ProjectFile.Setting("style", "apa", new Location("podium.yaml", 2, 8)))
        .containsEntry(
            "seeds",
            new ProjectFile.Setting("seeds", "../shared seeds", new Location("podium.yaml", 4, 8)))
        .hasSize(3);
  }

  @Test
  void aFileOfCommentsOnlySetsNothingAndIsNoMistake() throws IOException {
    Read read = read("# style: apa\n\n   # paper: letter\n");
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.file().settings()).isEmpty();
    assertThat(read.file().displayName()).isEqualTo("podium.yaml");
  }

  @Test
  void aMissingFileIsNoProject() {
    ProjectFile none =
        ProjectFile.read(temp.resolve("absent.yaml"), "absent.yaml", new Diagnostics());
    assertThat(none.displayName()).isEmpty();
    assertThat(none.settings()).isEmpty();
  }

  @Test
  void mistakesAreLocatedAndLeaveNoSettings() throws IOException {
    assertThat(read("- style: apa\n").diagnostics())
        .containsExactly(
            "podium.yaml:1:1: expected a mapping of defaults such as 'style: apa', found a list");
    Read read = read("style: apa\nlocal: en-GB\npaper:\nformat: \"\"\n");
    assertThat(read.diagnostics())
        .containsExactly(
            "podium.yaml:2:1: unknown key 'local'; did you mean 'locale'? (keys: seeds, motion,"
                + " style, locale, paper, format)",
            "podium.yaml:3:7: expected a value for 'paper', as on the command line (--paper VALUE),"
                + " found nothing",
            "podium.yaml:4:9: expected a value for 'format', as on the command line (--format"
                + " VALUE), found nothing");
    assertThat(read.file().settings()).isEmpty();
  }
}

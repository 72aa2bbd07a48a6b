package dev.podium.cli;

import static dev.podium.cli.ImportListingCommandTest.podium;
import static dev.podium.cli.ImportListingCommandTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.cli.ImportListingCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path temp;

  @Test
  void writesToStandardOutputOrToTheFileItsExtensionNames() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Run stdout = podium("export", "fazl-barez", "--format", "ris", "--seeds", seeds.toString());
    assertThat(stdout.code()).as(stdout.err()).isZero();
    assertThat(stdout.err()).isEmpty();
    assertThat(stdout.out()).startsWith("TY  - GEN\r\nID  - full-stack-alignment\r\n");

    Path file = temp.resolve("fazl.ris");
    Run toFile = podium("export", "fazl-barez", "-o", file.toString(), "--seeds", seeds.toString());
    assertThat(toFile.code()).isZero();
    assertThat(toFile.out())
        .isEqualTo("wrote " + file + " (" + WrittenFile.size(Files.size(file)) + ")\n");
    assertThat(Files.readString(file)).isEqualTo(stdout.out());

    Path bib = temp.resolve("fazl.bib");
    assertThat(
            podium("export", "fazl-barez", "-o", bib.toString(), "--seeds", seeds.toString())
                .code())
        .isZero();
    assertThat(Files.readString(bib)).startsWith("@misc{full-stack-alignment,\n");
    Run json =
        podium(
            "export", "fazl-barez", "--format", "csl-json", "-o", "-", "--seeds", seeds.toString());
    assertThat(json.out()).startsWith("[\n  {\n    \"abstract\" : ");
  }

  @Test
  void anExportImportsBackIntoANewPersona() {
    Path seeds = TestSeeds.copy(temp);
    Path file = temp.resolve("fazl.json");
    podium("export", "fazl-barez", "-o", file.toString(), "--seeds", seeds.toString());

    Run run =
        podium(
            "import",
            "csl-json",
            file.toString(),
            "--persona",
            "fazl-copy",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 50 added, 0 updated");
    Run again = podium("export", "fazl-copy", "--format", "csl-json", "--seeds", seeds.toString());
    String original =
        podium("export", "fazl-barez", "--format", "csl-json", "--seeds", seeds.toString()).out();
    // The ids are the new persona's own, slugs of the titles; everything else is the same.
    assertThat(withoutIds(again.out())).isEqualTo(withoutIds(original));
    assertThat(again.out()).isNotEqualTo(original);
  }

  @Test
  void usageMistakesExitTwoAndBadSeedsExitOne() {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    Run noFormat = podium("export", "fazl-barez", "--seeds", dir);
    assertThat(noFormat.code()).isEqualTo(2);
    assertThat(noFormat.err())
        .isEqualTo(
            "podium: give --format bibtex|csl-json|ris, or -o FILE ending in .bib, .json or"
                + " .ris\n");
    assertThat(podium("export", "fazl-barez", "--format", "endnote", "--seeds", dir).err())
        .isEqualTo("podium: unknown --format 'endnote'; choose bibtex, csl-json, ris\n");
    assertThat(podium("export", "nobody", "--format", "ris", "--seeds", dir).code()).isEqualTo(2);

    Run folder =
        podium("export", "fazl-barez", "--format", "ris", "-o", temp.toString(), "--seeds", dir);
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err())
        .isEqualTo(
            "podium: cannot write "
                + temp
                + ": it is a folder, not a file; move it away or write"
                + " elsewhere\n");

    Path evidence = seeds.resolve("personas/fazl-barez/evidence.yaml");
    TestSeeds.edit(evidence, "    et_al: true\n", "    et_al: maybe\n");
    Map<String, String> before = snapshot(seeds);
    Run bad = podium("export", "fazl-barez", "--format", "ris", "--seeds", dir);
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("evidence.yaml:").endsWith("; nothing exported\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void helpAndCompletionListTheImportsAndTheExport() {
    assertThat(podium("import", "--help").out()).contains("  csl-json  ").contains("  ris       ");
    assertThat(podium("--help").out()).contains("  export ");
    String completion = podium("completion").out();
    assertThat(completion)
        .contains("local commands=\"listing profile bibtex csl-json ris\"")
        .contains("function _picocli_podium_export()")
        .contains("FORMAT_option_args=(\"bibtex\" \"csl-json\" \"ris\")");
  }

  private static String withoutIds(String json) {
    return json.replaceAll("\"id\" : \"[^\"]*\"", "\"id\" : \"\"");
  }
}

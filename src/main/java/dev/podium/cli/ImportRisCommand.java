package dev.podium.cli;

import dev.podium.imports.FileImport;
import dev.podium.imports.ris.RisReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium import ris}: adds a RIS file's references (a Zotero, EndNote or Mendeley export) to
 * a persona's evidence, or updates them, by the same rules as the BibTeX import.
 */
@Command(
    name = "ris",
    description = {
      "Import a RIS file (Zotero: Export > RIS) into PERSONA's evidence.yaml.",
      "References without title, author, date or abstract are reported and skipped."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ImportRisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The RIS file: TY … ER per reference.")
  Path file;

  @Mixin ImportOptions target;

  @Override
  public Integer call() throws IOException {
    return ImportWrites.run(
        spec,
        target,
        file,
        "RIS file",
        dir ->
            new FileImport<>(
                dir, FileImport.ofWorks(RisReader::works), "import ris", "copy of the RIS file"));
  }
}

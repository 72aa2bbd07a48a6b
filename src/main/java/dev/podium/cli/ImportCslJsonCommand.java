package dev.podium.cli;

import dev.podium.imports.FileImport;
import dev.podium.imports.csl.CslJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium import csl-json}: adds a CSL-JSON file's items (a Zotero or pandoc export) to a
 * persona's evidence, or updates them, by the same rules as the BibTeX import.
 */
@Command(
    name = "csl-json",
    description = {
      "Import a CSL-JSON file (Zotero: Export > CSL JSON) into PERSONA's evidence.yaml.",
      "Items without title, author, date or abstract are reported and skipped."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ImportCslJsonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The CSL-JSON file: an array of items.")
  Path file;

  @Mixin ImportOptions target;

  @Override
  public Integer call() throws IOException {
    return ImportWrites.run(
        spec,
        target,
        file,
        "CSL-JSON file",
        dir ->
            new FileImport<>(
                dir,
                FileImport.ofWorks(CslJsonReader::read),
                "import csl-json",
                "copy of the CSL-JSON file"));
  }
}

package dev.podium.cli;

import dev.podium.imports.bibtex.BibtexImport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium import bibtex}: adds a .bib file's entries to a persona's evidence, or updates
 * them, by the same rules as the listing import.
 */
@Command(
    name = "bibtex",
    description = {
      "Import a BibTeX file into PERSONA's evidence.yaml.",
      "Entries without title, author, year or abstract are reported and skipped."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ImportBibtexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .bib file.")
  Path file;

  @Mixin ImportOptions target;

  @Override
  public Integer call() throws IOException {
    return ImportWrites.run(spec, target, file, "BibTeX file", BibtexImport::of);
  }
}

package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.bibtex.BibtexImport;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
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
    Console console = Console.of(spec);
    SeedsDirectory dir = target.target(file, "BibTeX file");
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan = new BibtexImport(dir).plan(new BibtexImport.Request(file, file.toString(), target.persona), diagnostics);
    if (!ImportWrites.planned(plan, diagnostics, console)) {
      return ExitCode.BAD_INPUT.value();
    }
    ImportWrites.apply(
        plan,
        target.dryRun,
        dir,
        dir.personaDir(target.persona),
        console,
        () -> ImportReport.print(plan, target.dryRun, "file", console));
    return ExitCode.OK.value();
  }
}

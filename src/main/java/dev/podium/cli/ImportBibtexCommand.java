package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.bibtex.BibtexImport;
import dev.podium.load.Diagnostics;
import dev.podium.load.Ids;
import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--persona", required = true, paramLabel = "ID", description = "Persona to import into (created if new).")
  String persona;

  @Option(names = "--dry-run", description = "Print what would change; write nothing.")
  boolean dryRun;

  @Mixin SeedsOption seeds;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    if (!Ids.isValid(persona)) {
      throw new UsageException("bad persona '" + persona + "': " + Ids.rule());
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("BibTeX file not found: " + file);
    }
    SeedsDirectory dir = seeds.resolveOnDisk();
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan = new BibtexImport(dir).plan(new BibtexImport.Request(file, file.toString(), persona), diagnostics);
    if (!ImportWrites.planned(plan, diagnostics, console)) {
      return ExitCode.BAD_INPUT.value();
    }
    ImportReport.print(plan, dryRun, "file", console);
    ImportWrites.apply(plan, dryRun, dir, dir.personaDir(persona), console);
    return ExitCode.OK.value();
  }
}

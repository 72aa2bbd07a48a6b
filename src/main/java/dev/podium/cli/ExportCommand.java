package dev.podium.cli;

import dev.podium.imports.ExportFormat;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Located;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium export}: writes a persona's evidence as a bibliography (BibTeX, CSL-JSON or RIS) to
 * standard output or a file, for citing it in LaTeX, pandoc or Zotero.
 */
@Command(
    name = "export",
    description = {
      "Write PERSONA's evidence as a bibliography: BibTeX (LaTeX, pandoc), CSL-JSON (pandoc,"
          + " Zotero) or RIS (Zotero, EndNote).",
      "The matching 'podium import' reads the file back into the same records."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PERSONA",
      description = "Persona id (default: the first persona in the seeds).")
  String persona;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = FormatIds.class,
      description =
          "${COMPLETION-CANDIDATES} (default: from the -o file's extension: .bib, .json, .ris).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output ('-' is standard output).")
  String output;

  @Mixin SeedsOption seeds;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    ExportFormat chosen = format();
    SeedsDirectory dir = seeds.resolve();
    String personaId = Choices.choose("persona", persona, dir.personaIds(), dir);
    Diagnostics diagnostics = new Diagnostics();
    Located<EvidenceFile> evidence = new SeedsLoader(dir).evidence(personaId, diagnostics);
    if (diagnostics.hasErrors()) {
      console.diagnostics(diagnostics);
      console.error("podium: " + diagnostics.counts() + "; nothing exported");
      return ExitCode.BAD_INPUT.value();
    }
    if (evidence == null || evidence.value().evidence().isEmpty()) {
      console.error(
          "podium: persona '"
              + personaId
              + "' has no evidence to export; import some first"
              + " (podium import bibtex|csl-json|ris|listing FILE --persona "
              + personaId
              + ")");
      return ExitCode.BAD_INPUT.value();
    }
    String text = chosen.write(evidence.value().evidence());
    if (output == null || output.equals("-")) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Path file = Path.of(output);
      // A refused write is one line naming the file and the reason (exit 1), from AtomicFiles.
      AtomicFiles.write(file, text);
      console.wrote(new WrittenFile(file, text.getBytes(StandardCharsets.UTF_8).length));
    }
    return ExitCode.OK.value();
  }

  /** --format, else what the -o file's extension names; a usage error when neither says. */
  private ExportFormat format() {
    if (format != null) {
      ExportFormat named = ExportFormat.named(format);
      if (named == null) {
        throw new UsageException(
            "unknown --format '" + format + "'; choose " + String.join(", ", ExportFormat.ids()));
      }
      return named;
    }
    ExportFormat implied =
        output == null || output.equals("-") ? null : ExportFormat.ofFile(output);
    if (implied == null) {
      throw new UsageException(
          "give --format "
              + String.join("|", ExportFormat.ids())
              + ", or -o FILE ending in .bib, .json or .ris");
    }
    return implied;
  }

  /** The format names, for help and completion. */
  static final class FormatIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ExportFormat.ids().iterator();
    }
  }
}

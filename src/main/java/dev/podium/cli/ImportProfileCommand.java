package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.RecordChange;
import dev.podium.imports.profile.ProfileImport;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium import profile}: writes a new persona's persona.yaml and themes skeleton from a
 * Markdown profile, and marks the profile's key papers in its evidence.
 */
@Command(
    name = "profile",
    description = {
      "Import a Markdown speaker profile into PERSONA's persona.yaml and mark its key papers.",
      "An existing persona.yaml is left as is unless --replace-persona is given."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ImportProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The profile: '# Name', a headline, then sections.")
  Path file;

  @Option(
      names = "--replace-persona",
      description = "Rewrite an existing persona.yaml from the profile.")
  boolean replacePersona;

  @Mixin ImportOptions target;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    SeedsDirectory dir = target.target(file, "profile");
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan =
        new ProfileImport(dir)
            .plan(
                new ProfileImport.Request(file, file.toString(), target.persona, replacePersona),
                diagnostics);
    if (!ImportWrites.planned(plan, diagnostics, console)) {
      return ExitCode.BAD_INPUT.value();
    }
    report(plan, target.dryRun, console);
    ImportWrites.apply(plan, target.dryRun, dir, dir.personaDir(target.persona), console);
    return ExitCode.OK.value();
  }

  /** Prints the notes, a line per key paper marked, and the counts. */
  static void report(ImportPlan plan, boolean dryRun, Console console) {
    plan.notes().forEach(note -> console.info("note: " + note));
    plan.changes().stream()
        .filter(c -> c.kind() == RecordChange.Kind.UPDATED)
        .forEach(c -> console.info("key     " + c.id() + "  " + String.join(", ", c.updated())));
    if (plan.changes().isEmpty()) {
      console.info(
          "no key papers in the evidence yet; a listing or BibTeX import marks them as it adds"
              + " them");
    } else {
      console.info(
          (dryRun ? "would mark " : "marked ")
              + plan.count(RecordChange.Kind.UPDATED)
              + " key papers, "
              + plan.count(RecordChange.Kind.UNCHANGED)
              + " already marked");
    }
  }
}

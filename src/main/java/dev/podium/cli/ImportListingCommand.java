package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.RecordChange;
import dev.podium.imports.listing.ListingImport;
import dev.podium.load.Diagnostics;
import dev.podium.load.Ids;
import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium import listing}: adds a publication listing's papers to a persona's evidence, or
 * updates them, keeping every curated field; with {@code --dry-run} it only says what it would do.
 */
@Command(
    name = "listing",
    description = {
      "Import a publication listing into PERSONA's evidence.yaml.",
      "Re-importing updates imported fields, keeps every field edited by hand, and never deletes."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ImportListingCommand implements Callable<Integer> {
  /** Gives the default year; the only clock Podium reads. */
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The listing: meta line, title line, abstract, per paper.")
  Path file;

  @Option(names = "--persona", required = true, paramLabel = "ID", description = "Persona to import into (created if new).")
  String persona;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of dates the listing prints without one (default: the current year).")
  Integer year;

  @Option(names = "--dry-run", description = "Print what would change; write nothing.")
  boolean dryRun;

  @Mixin SeedsOption seeds;

  ImportListingCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    if (!Ids.isValid(persona)) {
      throw new UsageException("bad persona '" + persona + "': " + Ids.rule());
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("listing not found: " + file);
    }
    if (year != null && (year < 1000 || year > 9999)) {
      throw new UsageException("bad --year " + year + "; give four digits, e.g. 2026");
    }
    SeedsDirectory dir = seeds.resolveOnDisk();
    int effectiveYear = year != null ? year : LocalDate.now(clock).getYear();
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan =
        new ListingImport(dir)
            .plan(new ListingImport.Request(file, file.toString(), persona, effectiveYear, year != null), diagnostics);
    console.diagnostics(diagnostics);
    if (plan == null) {
      console.error("podium: " + Console.count(diagnostics) + "; nothing imported, nothing written");
      return ExitCode.BAD_INPUT.value();
    }
    plan.notes().forEach(note -> console.info("note: " + note));
    plan.changes().forEach(change -> report(change, console));
    console.info((dryRun ? "would import " : "imported ") + summary(plan));
    if (!dryRun) {
      // All files of an import land together, or none does.
      java.util.Map<java.nio.file.Path, byte[]> files = new java.util.LinkedHashMap<>();
      plan.writes().forEach(write -> files.put(write.path(), write.content()));
      AtomicFiles.write(files);
    }
    for (ImportPlan.FileWrite write : plan.writes()) {
      console.info((dryRun ? "would write " : "wrote ") + dir.display(write.path()) + " (" + write.what() + ")");
    }
    if (plan.writes().isEmpty()) {
      console.info("nothing to write: " + dir.display(dir.personaDir(persona)) + " is up to date");
    } else if (dryRun) {
      console.info("dry run: nothing written");
    }
    return ExitCode.OK.value();
  }

  private static void report(RecordChange change, Console console) {
    switch (change.kind()) {
      case ADDED -> console.info("add     " + change.id() + "  \"" + change.title() + "\"");
      case UPDATED -> console.info("update  " + change.id() + "  " + String.join(", ", change.updated()));
      case KEPT -> console.info("as is   " + change.id() + "  no earlier import to compare with; kept as written");
      case NOT_IN_SOURCE -> console.info("absent  " + change.id() + "  not in this listing; kept");
      case UNCHANGED -> { }
    }
    if (!change.kept().isEmpty()) {
      console.info("keep    " + change.id() + "  " + String.join(", ", change.kept())
          + " (edited here; the listing changed too)");
    }
  }

  private static String summary(ImportPlan plan) {
    return plan.count(RecordChange.Kind.ADDED) + " added, "
        + plan.count(RecordChange.Kind.UPDATED) + " updated, "
        + plan.count(RecordChange.Kind.UNCHANGED) + " unchanged, "
        + plan.count(RecordChange.Kind.KEPT) + " kept as written, "
        + plan.count(RecordChange.Kind.NOT_IN_SOURCE) + " not in this listing";
  }
}

package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.listing.ListingImport;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import java.io.IOException;
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

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The listing: meta line, title line, abstract, per paper.")
  Path file;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of dates the listing prints without one (default: the current year).")
  Integer year;

  @Mixin ImportOptions target;

  ImportListingCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    int effectiveYear = year(year, clock);
    SeedsDirectory dir = target.target(file, "listing");
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan =
        new ListingImport(dir)
            .plan(
                new ListingImport.Request(
                    file, file.toString(), target.persona, effectiveYear, year != null),
                diagnostics);
    if (!ImportWrites.planned(plan, diagnostics, console)) {
      return ExitCode.BAD_INPUT.value();
    }
    ImportWrites.apply(
        plan,
        target.dryRun,
        dir,
        dir.personaDir(target.persona),
        console,
        () -> ImportReport.print(plan, target.dryRun, "listing", console));
    return ExitCode.OK.value();
  }

  /** The year for dates printed without one: {@code --year}, checked, else the clock's. */
  static int year(Integer given, Clock clock) {
    if (given != null && (given < 1000 || given > 9999)) {
      throw new UsageException("bad --year " + given + "; give four digits, e.g. 2026");
    }
    return given != null ? given : LocalDate.now(clock).getYear();
  }
}

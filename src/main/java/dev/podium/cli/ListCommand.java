package dev.podium.cli;

import dev.podium.assemble.StyleCatalogue;
import dev.podium.load.SeedsDirectory;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium list}: the personas and motions in the seeds, or the citation styles or locales
 * Podium ships.
 */
@Command(
    name = "list",
    description =
        "List the personas and motions in the seeds; 'list styles' and 'list locales' list the"
            + " citation styles and CSL locales Podium ships.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeedsOption seeds;

  /** What completion asks for: the ids of one kind, one a line, nothing else. */
  enum Ids {
    PERSONAS,
    MOTIONS;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(
      names = "--ids",
      hidden = true,
      paramLabel = "personas|motions",
      description = "Only the ids of personas or motions, one a line (for shell completion).")
  Ids ids;

  /** What else {@code list} can list besides the seeds. */
  enum Listing {
    styles,
    locales
  }

  @Parameters(
      arity = "0..1",
      paramLabel = "WHAT",
      description = "styles or locales (default: the seeds).")
  Listing what;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (what == Listing.styles) {
      StyleCatalogue catalogue = StyleCatalogue.shipped();
      catalogue.styleIds().stream()
          .sorted()
          .forEach(id -> out.printf("%-48s %s%n", id, catalogue.style(id).format().label()));
      return ExitCode.OK.value();
    }
    if (what == Listing.locales) {
      StyleCatalogue.shipped().localeTags().forEach(out::println);
      return ExitCode.OK.value();
    }
    SeedsDirectory dir = seeds.resolve();
    if (ids != null) {
      (ids == Ids.PERSONAS ? dir.personaIds() : dir.motionIds()).forEach(out::println);
      return ExitCode.OK.value();
    }
    out.println("seeds: " + dir.displayPrefix());
    out.println("personas:");
    dir.personaIds().forEach(id -> out.println("  " + id));
    out.println("motions:");
    dir.motionIds().forEach(id -> out.println("  " + id));
    return ExitCode.OK.value();
  }
}

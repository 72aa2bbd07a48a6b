package dev.podium.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podium import}: the group of importers, one subcommand per kind of raw source. */
@Command(
    name = "import",
    description = "Import a raw source into a persona's seeds.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    subcommands = {
      ImportListingCommand.class,
      ImportProfileCommand.class,
      ImportBibtexCommand.class,
      ImportCslJsonCommand.class,
      ImportRisCommand.class
    })
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing source kind: listing, profile, bibtex, csl-json or ris");
  }
}

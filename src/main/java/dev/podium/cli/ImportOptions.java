package dev.podium.cli;

import dev.podium.load.Ids;
import dev.podium.load.SeedsDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every import takes besides its source file: the persona, {@code --dry-run} and seeds. */
final class ImportOptions {
  @Option(
      names = "--persona",
      required = true,
      paramLabel = "ID",
      description = "Persona to import into (created if new).")
  String persona;

  @Option(names = "--dry-run", description = "Print what would change; write nothing.")
  boolean dryRun;

  @Mixin SeedsOption seeds;

  /**
   * The seeds folder on disk to import into, once the persona id is valid and the source exists.
   *
   * @param what the source's name in the usage error, such as "listing"
   */
  SeedsDirectory target(Path source, String what) {
    if (!Ids.isValid(persona)) {
      throw new UsageException("bad persona '" + persona + "': " + Ids.rule());
    }
    if (!Files.isRegularFile(source)) {
      throw new UsageException(what + " not found: " + source);
    }
    return seeds.resolveOnDisk();
  }
}

package dev.podium.cli;

import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --seeds} option shared by every command that reads seeds. */
final class SeedsOption {
  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      description = "Seeds folder (default: ./seeds, else the seeds bundled with Podium).")
  Path seeds;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** A folder on disk to write into: the option, else ./seeds; the bundled copy is read-only. */
  SeedsDirectory resolveOnDisk() {
    if (seeds != null) {
      return resolve();
    }
    Path local = Path.of("seeds");
    if (!Files.isDirectory(local)) {
      throw new UsageException(
          "no seeds folder here to import into; run in a checkout or pass --seeds DIR");
    }
    return SeedsDirectory.onDisk(local);
  }

  /**
   * The folder to read, which must be on disk to be watched: the seeds bundled in Podium are inside
   * its jar and never change.
   */
  SeedsDirectory resolveToWatch() {
    if (seeds == null && !Files.isRegularFile(Path.of("seeds").resolve(SeedsDirectory.STANCES))) {
      throw new UsageException(
          "--watch needs a seeds folder on disk, and there is no ./seeds here; the seeds bundled in"
              + " Podium cannot be watched (they never change). Pass --seeds DIR or run where"
              + " seeds/ is");
    }
    return resolve();
  }

  /**
   * The folder to read: the option, then ./seeds, then the bundled copy. Files named .yml in the
   * folder on disk are reported, since they are not read.
   */
  SeedsDirectory resolve() {
    if (seeds != null) {
      if (!Files.isDirectory(seeds)) {
        throw new UsageException("seeds folder not found: " + seeds);
      }
      SeedsDirectory dir = SeedsDirectory.onDisk(seeds);
      if (!Files.exists(dir.stances())
          && !Files.isDirectory(dir.root().resolve("personas"))
          && !Files.isDirectory(dir.root().resolve("motions"))) {
        throw new UsageException(
            seeds
                + " is not a seeds folder: it has no stances.yaml, personas/ or motions/; pass"
                + " the folder that holds them");
      }
      return finishPendingWrites(warnAboutMisnamed(dir));
    }
    SeedsDirectory local = SeedsDirectory.onDisk(Path.of("seeds"));
    warnAboutMisnamed(local);
    return Files.isRegularFile(local.stances())
        ? finishPendingWrites(local)
        : SeedsDirectory.bundled();
  }

  /**
   * Finishes an import that a killed run left half moved into place, so the seeds are read whole:
   * the files it wrote are all new, or all as they were.
   */
  private static SeedsDirectory finishPendingWrites(SeedsDirectory dir) {
    for (String persona : dir.personaIds()) {
      for (Path folder :
          List.of(dir.personaDir(persona), dir.personaDir(persona).resolve("sources"))) {
        try {
          AtomicFiles.finishPending(folder);
        } catch (IOException e) {
          throw new InputException(
              "cannot finish the write a stopped run left in "
                  + dir.display(folder)
                  + ": "
                  + WriteFailure.describe(e));
        }
      }
    }
    return dir;
  }

  private SeedsDirectory warnAboutMisnamed(SeedsDirectory dir) {
    for (Path file : dir.misnamed()) {
      String name = file.getFileName().toString();
      String renamed = name.substring(0, name.length() - ".yml".length()) + ".yaml";
      Console.of(command)
          .warning(
              "podium: "
                  + dir.display(file)
                  + " is not read; Podium reads .yaml files, so rename it to "
                  + renamed);
    }
    return dir;
  }
}

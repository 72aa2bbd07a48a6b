package dev.podium.cli;

import dev.podium.imports.FileImport;
import dev.podium.imports.ImportPlan;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** Carries out an import plan's writes (unless it is a dry run) and says which files they are. */
final class ImportWrites {
  private ImportWrites() {}

  /**
   * Prints the import's diagnostics and, when there is no plan because of errors, that nothing was
   * written; whether there is a plan to apply.
   */
  static boolean planned(ImportPlan plan, Diagnostics diagnostics, Console console) {
    console.diagnostics(diagnostics);
    if (plan == null) {
      console.error("podium: " + diagnostics.counts() + "; nothing imported, nothing written");
    }
    return plan != null;
  }

  /**
   * Runs an interchange import (CSL-JSON, RIS): plans it, reports as the BibTeX import does and
   * writes; the exit code.
   *
   * @param what the source in a usage error, such as "RIS file"
   */
  static int run(
      CommandSpec spec,
      ImportOptions target,
      Path file,
      String what,
      Function<SeedsDirectory, FileImport<?>> importer)
      throws IOException {
    Console console = Console.of(spec);
    SeedsDirectory dir = target.target(file, what);
    Diagnostics diagnostics = new Diagnostics();
    FileImport.Request request = new FileImport.Request(file, file.toString(), target.persona);
    ImportPlan plan = importer.apply(dir).plan(request, diagnostics);
    if (!planned(plan, diagnostics, console)) {
      return ExitCode.BAD_INPUT.value();
    }
    apply(
        plan,
        target.dryRun,
        dir,
        dir.personaDir(target.persona),
        console,
        () -> ImportReport.print(plan, target.dryRun, "file", console));
    return ExitCode.OK.value();
  }

  static void apply(
      ImportPlan plan, boolean dryRun, SeedsDirectory dir, Path personaDir, Console console)
      throws IOException {
    apply(plan, dryRun, dir, personaDir, console, () -> {});
  }

  /**
   * Refuses a write that a symbolic link on the way would carry out of the seeds folder: an import
   * writes into the seeds, and only there.
   */
  static void requireInside(SeedsDirectory dir, Path target) throws IOException {
    Path existing = target.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    Path real;
    try {
      real = existing.toRealPath();
    } catch (NoSuchFileException e) {
      throw new InputException(
          "refusing to write "
              + dir.display(target)
              + ": "
              + existing
              + " is a link that leads nowhere; remove it");
    }
    if (!real.startsWith(dir.root().toRealPath())) {
      throw new InputException(
          "refusing to write "
              + dir.display(target)
              + ": "
              + existing
              + " leads outside the seeds folder through a symbolic link; remove the link");
    }
  }

  /**
   * Writes the plan's files, all or none, and only then says what was imported ({@code report}) and
   * written: a failed write reports nothing as done.
   */
  static void apply(
      ImportPlan plan,
      boolean dryRun,
      SeedsDirectory dir,
      Path personaDir,
      Console console,
      Runnable report)
      throws IOException {
    if (!dryRun) {
      Map<Path, byte[]> files = new LinkedHashMap<>();
      plan.writes().forEach(write -> files.put(write.path(), write.content()));
      for (Path target : files.keySet()) {
        requireInside(dir, target);
      }
      AtomicFiles.write(files);
    }
    report.run();
    for (ImportPlan.FileWrite write : plan.writes()) {
      console.info(
          (dryRun ? "would write " : "wrote ")
              + dir.display(write.path())
              + " ("
              + write.what()
              + ")");
    }
    if (plan.writes().isEmpty()) {
      console.info("nothing to write: " + dir.display(personaDir) + " is up to date");
    } else if (dryRun) {
      console.info("dry run: nothing written");
    }
  }
}

package dev.podium.cli;

import dev.podium.load.SeedsDirectory;
import dev.podium.render.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --templates} option: a folder searched before ./templates and Podium's own. */
final class TemplatesOption {
  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Templates folder searched first (then ./templates, then the bundled ones).")
  Path templates;

  /** The template folders on disk that {@link #resolve()} searches, for watching. */
  List<Path> foldersOnDisk() {
    List<Path> folders = new ArrayList<>();
    if (templates != null && Files.isDirectory(templates)) {
      folders.add(templates);
    }
    if (Files.isDirectory(Path.of("templates"))) {
      folders.add(Path.of("templates"));
    }
    return folders;
  }

  /**
   * Whether a folder holds templates: a {@code .mustache} file at its top, or a partials/ folder.
   */
  private static boolean holdsTemplates(Path folder) {
    if (Files.isDirectory(folder.resolve("partials"))) {
      return true;
    }
    try (var files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".mustache"));
    } catch (java.io.IOException e) {
      throw new InputException(
          "cannot read the templates folder " + folder + ": " + e.getMessage());
    }
  }

  TemplateSource resolve() {
    List<TemplateSource.Root> roots = new ArrayList<>();
    if (templates != null) {
      if (!Files.isDirectory(templates)) {
        throw new UsageException("templates folder not found: " + templates);
      }
      if (!holdsTemplates(templates)) {
        throw new UsageException(
            templates
                + " holds no templates (no *.mustache file and no partials/ folder);"
                + " pass the folder that holds your .mustache files");
      }
      roots.add(new TemplateSource.Root(templates, templates.toString()));
    }
    Path local = Path.of("templates");
    if (Files.isDirectory(local)) {
      roots.add(new TemplateSource.Root(local, "templates"));
    }
    roots.add(
        TemplateSource.Root.lazy(
            () -> SeedsDirectory.bundledPath("templates"), "(bundled)/templates"));
    return new TemplateSource(roots);
  }
}

package dev.podium.cli;

import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --watch} option of brief and panel: build, then again whenever the inputs change. */
final class WatchOption {
  @Option(
      names = "--watch",
      description =
          "Keep running: build again whenever a file in the seeds or templates folder changes."
              + " Ctrl-C stops.")
  boolean enabled;

  /** Builds now and after every change to the seeds or the templates on disk, until stopped. */
  int run(
      CommandSpec spec,
      SeedsDirectory seeds,
      TemplatesOption templates,
      Path outDir,
      WatchLoop.Build build)
      throws IOException {
    templates
        .resolve(); // a --templates folder that is not there is a usage error, not a build error
    List<Path> folders = new ArrayList<>();
    folders.add(seeds.root());
    folders.addAll(templates.foldersOnDisk());
    return new WatchLoop(Console.of(spec), Main.of(spec).stopHandle(), folders, outDir).run(build);
  }
}

package dev.podium.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds, then builds again after every change to the watched folders, until stopped: one line per
 * build saying what was written, or the build's own error lines. Bad input never ends the loop; the
 * person fixes the file and the next save builds again.
 */
final class WatchLoop {
  // More files than this are summed up rather than listed, to keep a build to one line.
  private static final int LISTED_FILES = 4;

  /** One build of a command; reports each file it writes, prints its own errors. */
  interface Build {
    int run(Consumer<WrittenFile> written) throws IOException;
  }

  private final Console console;
  private final StopHandle stop;
  private final List<Path> folders;
  private final Path outDir;

  WatchLoop(Console console, StopHandle stop, List<Path> folders, Path outDir) {
    this.console = console;
    this.stop = stop;
    this.folders = List.copyOf(folders);
    this.outDir = outDir;
  }

  /** Runs until the stop handle is stopped, then returns 0. */
  int run(Build build) throws IOException {
    try (StopHandle.Span running = stop.running();
        FolderWatcher watcher = new FolderWatcher(folders, outDir)) {
      stop.onStop(() -> closeQuietly(watcher));
      console.info(
          "watching "
              + String.join(", ", folders.stream().map(WatchLoop::display).toList())
              + " for changes; Ctrl-C stops");
      once(build, Set.of());
      for (Set<Path> changed; (changed = watcher.awaitChanges()) != null; ) {
        once(build, changed);
      }
      console.info("podium: stopped watching");
    }
    return ExitCode.OK.value();
  }

  private void once(Build build, Set<Path> changed) {
    List<WrittenFile> written = new ArrayList<>();
    try {
      if (build.run(written::add) == ExitCode.OK.value()) {
        console.info(because(changed) + wrote(written));
      }
    } catch (UsageException e) {
      // Such as a persona folder deleted or renamed while watched.
      console.error("podium: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      console.error("podium: " + e.getMessage() + "; trying again at the next change");
    }
  }

  private static String because(Set<Path> changed) {
    if (changed.isEmpty()) {
      return "";
    }
    // Tools that save through a temporary file (sed -i, some editors) leave its name among the
    // changes; name a file that is still there when one is.
    List<Path> existing = changed.stream().filter(Files::exists).toList();
    List<Path> named = existing.isEmpty() ? List.copyOf(changed) : existing;
    String others = named.size() == 1 ? "" : " and " + Console.plural(named.size() - 1, "other");
    return display(named.get(0)) + others + " changed: ";
  }

  /** {@code wrote a/b/moderator.md (12 KB), moderator.pdf (41 KB)}: the folder said once. */
  private static String wrote(List<WrittenFile> files) {
    if (files.isEmpty()) {
      return "nothing to write";
    }
    if (files.size() > LISTED_FILES) {
      long bytes = files.stream().mapToLong(WrittenFile::bytes).sum();
      return "wrote "
          + files.size()
          + " files ("
          + WrittenFile.size(bytes)
          + ") under "
          + display(common(files));
    }
    List<String> parts = new ArrayList<>();
    Path folder = null;
    for (WrittenFile file : files) {
      Path parent = file.path().getParent();
      boolean sameFolder = folder != null && folder.equals(parent);
      parts.add((sameFolder ? file.path().getFileName() : file.path()) + " (" + file.size() + ")");
      folder = parent;
    }
    return "wrote " + String.join(", ", parts);
  }

  private static Path common(List<WrittenFile> files) {
    Path common = files.get(0).path().getParent();
    for (WrittenFile file : files) {
      while (common != null && !file.path().startsWith(common)) {
        common = common.getParent();
      }
    }
    return common == null ? Path.of(".") : common;
  }

  /** A path as typed: relative to the working folder when inside it. */
  private static String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return absolute.startsWith(cwd) && !absolute.equals(cwd)
        ? cwd.relativize(absolute).toString()
        : path.toString();
  }

  private static void closeQuietly(FolderWatcher watcher) {
    try {
      watcher.close();
    } catch (IOException e) {
      // Closing only ends the wait; there is nothing to save.
    }
  }
}

package dev.podium.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for files to change under some folders and everything below them (Java's WatchService
 * watches one folder at a time, so each subfolder is registered, new ones as they appear). An
 * editor saves in several steps and a checkout touches many files, so changes that follow each
 * other closely are reported together. Scratch files and the output folder are ignored. {@link
 * #close()} may be called from any thread and ends a wait in progress.
 */
final class FolderWatcher implements AutoCloseable {
  // A burst of changes is over when this long passes without another. An editor's save (write,
  // rename) takes a few milliseconds; every millisecond more is time between save and page.
  private static final long QUIET_MILLIS = 50;
  // ...or after this long in all, so a file written continuously still gets built.
  private static final long LONGEST_BURST_MILLIS = 3000;

  // How often a root that was removed is looked for again: a checkout or `rm -rf && cp` removes
  // the watched folder itself, and nothing then reports its return.
  private static final long RESCAN_MILLIS = 500;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final List<Path> roots;
  private final Path ignored;

  /** Watches the folder trees; changes under {@code ignored} (the output folder) do not count. */
  FolderWatcher(List<Path> roots, Path ignored) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.ignored = ignored.toAbsolutePath().normalize();
    this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    try {
      for (Path root : this.roots) {
        register(root);
      }
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
  }

  /**
   * Blocks until a file that matters changes, then until the burst of changes is over. Returns the
   * files that changed (a folder when the system lost track of the details), or null once the
   * watcher is closed or the thread interrupted.
   */
  Set<Path> awaitChanges() {
    Set<Path> changed = new LinkedHashSet<>();
    try {
      while (changed.isEmpty()) {
        WatchKey key = service.poll(RESCAN_MILLIS, TimeUnit.MILLISECONDS);
        if (key == null) {
          changed.addAll(returnedRoots());
        } else {
          collect(key, changed);
        }
      }
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS);
      for (WatchKey key;
          System.nanoTime() < end
              && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
        collect(key, changed);
      }
      return changed;
    } catch (ClosedWatchServiceException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null) {
        continue;
      }
      if (event.kind() == OVERFLOW) {
        changed.add(folder);
        continue;
      }
      Path file = folder.resolve((Path) event.context());
      if (file.startsWith(ignored) || ScratchFiles.isScratch(file)) {
        continue;
      }
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        // Files may land in a new folder before it is registered; the build reads them anyway.
        registerQuietly(file);
      }
      changed.add(file);
    }
    if (!key.reset()) {
      folders.remove(key);
      if (folder != null && roots.contains(folder)) {
        // The watched folder itself is gone: that is a change, and the build says what it lacks.
        changed.add(folder);
      }
    }
  }

  /** Roots that were removed and are back, registered again (with all below them). */
  private List<Path> returnedRoots() {
    List<Path> back = new java.util.ArrayList<>();
    for (Path root : roots) {
      if (!folders.containsValue(root) && Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        registerQuietly(root);
        if (folders.containsValue(root)) {
          back.add(root);
        }
      }
    }
    return back;
  }

  private void register(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path folder :
          tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        if (!folder.startsWith(ignored) && !isHidden(root, folder)) {
          folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        }
      }
    }
  }

  private void registerQuietly(Path folder) {
    try {
      register(folder);
    } catch (IOException | RuntimeException gone) {
      // The folder went away again; its parent's next event says so.
    }
  }

  /** Folders such as .git below a root hold no seeds and can be large. */
  private static boolean isHidden(Path root, Path folder) {
    for (Path part : root.relativize(folder)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}

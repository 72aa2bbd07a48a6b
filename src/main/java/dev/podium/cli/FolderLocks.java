package dev.podium.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises everything that writes into the same folders, in this process and across processes:
 * two runs writing one {@code --out} at once take turns instead of sweeping away each other's
 * temporary files. Folders are locked in name order, so two runs never wait on each other in a
 * circle. The lock files live in the user's cache, not among the briefs.
 */
final class FolderLocks implements AutoCloseable {
  /** Threads of this process: a JVM may hold one file lock per file, so they queue here first. */
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final List<Held> held = new ArrayList<>();

  private record Held(ReentrantLock local, FileChannel channel, FileLock lock) {}

  private FolderLocks() {}

  /** Locks every folder, waiting for other writers to finish with them. */
  static FolderLocks acquire(Collection<Path> folders) throws IOException {
    FolderLocks locks = new FolderLocks();
    try {
      for (Path folder : new TreeSet<>(folders)) {
        locks.lock(folder);
      }
      return locks;
    } catch (IOException | RuntimeException e) {
      locks.close();
      throw e;
    }
  }

  private void lock(Path folder) throws IOException {
    Path file = lockFile(folder);
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      held.add(new Held(local, channel, channel.lock()));
    } catch (IOException | RuntimeException e) {
      local.unlock();
      throw e;
    }
  }

  /**
   * The lock file of a folder: named by a digest of its absolute path, in {@code
   * $XDG_CACHE_HOME/podium/locks} (or {@code ~/.cache/podium/locks}).
   */
  private static Path lockFile(Path folder) throws IOException {
    Path dir = cacheHome().resolve("podium").resolve("locks");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      // A home folder that cannot be written (a container, a shared account): the system's
      // temporary folder, per user, still serialises this user's runs.
      dir =
          Path.of(
              System.getProperty("java.io.tmpdir"),
              "podium-locks-" + System.getProperty("user.name"));
      Files.createDirectories(dir);
    }
    String key = folder.toAbsolutePath().normalize().toString();
    return dir.resolve(digest(key) + ".lock");
  }

  private static Path cacheHome() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg);
    }
    return Path.of(System.getProperty("user.home"), ".cache");
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (int i = held.size() - 1; i >= 0; i--) {
      Held h = held.get(i);
      try {
        h.lock().release();
        h.channel().close();
      } catch (IOException e) {
        failure = e;
      } finally {
        h.local().unlock();
      }
    }
    held.clear();
    if (failure != null) {
      throw failure;
    }
  }
}

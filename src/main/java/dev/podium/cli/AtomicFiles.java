package dev.podium.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * Writes the files of a run as one unit: readers see the old set or the new one, never a mix. The
 * bytes go to temporary files beside their targets, complete and on disk, then a {@link
 * CommitJournal} is recorded and the files are moved over their targets; a run killed during the
 * moves is finished by the next run that writes there or reads the seeds. Writers to the same
 * folders take turns ({@link FolderLocks}). A failure before the moves leaves every target, and
 * every folder, as it was, and is reported in one line that names the path.
 */
final class AtomicFiles {
  /**
   * Runs halfway through writing a temporary file. Only tests set it, to kill the process in the
   * middle of a write; it is not reachable from the command line.
   */
  static volatile Runnable midWrite = () -> {};

  /** Runs before each rename of a commit with its number, from 1; set by fault-injection tests. */
  static volatile IntConsumer beforeRename = n -> {};

  /** The name {@link #createTemp} gives: the target's, a random base-36 number, ".tmp". */
  private static final java.util.regex.Pattern TEMP_NAME =
      java.util.regex.Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");

  private AtomicFiles() {}

  static void write(Path target, String content) throws IOException {
    write(Map.of(target, content.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes several files together, or none of them. */
  static void write(Map<Path, byte[]> files) throws IOException {
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    files.forEach((path, bytes) -> targets.put(path.toAbsolutePath().normalize(), bytes));
    targets.keySet().forEach(WriteFailure::checkTarget);
    Set<Path> folders = new LinkedHashSet<>();
    targets.keySet().forEach(target -> folders.add(target.getParent()));
    List<Path> created = new ArrayList<>();
    Map<Path, Path> temps = new LinkedHashMap<>();
    boolean recorded = false;
    try {
      createFolders(folders, created);
      try (FolderLocks locks = lockWithPending(folders)) {
        finishPending(folders);
        for (Map.Entry<Path, byte[]> file : targets.entrySet()) {
          temps.put(stage(file.getKey(), file.getValue()), file.getKey());
        }
        ShutdownGate.enter();
        try {
          CommitJournal journal = new CommitJournal(temps);
          int[] renames = {0};
          Runnable point = () -> beforeRename.accept(++renames[0]);
          point.run();
          journal.record();
          recorded = true;
          journal.finish(point);
        } finally {
          ShutdownGate.leave();
        }
      }
    } catch (IOException e) {
      throw new InputException(WriteFailure.describe(e));
    } finally {
      if (!recorded) {
        for (Path temp : temps.keySet()) {
          Files.deleteIfExists(temp);
        }
        removeEmpty(created);
      }
    }
  }

  /**
   * Finishes any commit a killed run left in these folders; called before the seeds are read, so a
   * check never sees half of an import.
   */
  static void finishPending(Path folder) throws IOException {
    if (CommitJournal.pendingIn(folder) == null && strayTemps(folder).isEmpty()) {
      return;
    }
    Set<Path> folders = Set.of(folder.toAbsolutePath().normalize());
    try (FolderLocks locks = lockWithPending(folders)) {
      finishPending(folders);
    }
  }

  /** Locks the folders and every folder a pending journal in them names. */
  private static FolderLocks lockWithPending(Set<Path> folders) throws IOException {
    Set<Path> wanted = new HashSet<>(folders);
    while (true) {
      FolderLocks locks = FolderLocks.acquire(wanted);
      Set<Path> named = new HashSet<>(wanted);
      for (Path folder : wanted) {
        CommitJournal pending = CommitJournal.pendingIn(folder);
        if (pending != null) {
          named.addAll(pending.folders());
        }
      }
      if (named.equals(wanted)) {
        return locks;
      }
      locks.close();
      wanted = named;
    }
  }

  /**
   * Finishes the commits a killed run recorded, then deletes what a run killed before recording
   * left: its temporary files are unfinished, and the targets are still the old set.
   */
  private static void finishPending(Set<Path> folders) throws IOException {
    for (Path folder : folders) {
      CommitJournal pending = CommitJournal.pendingIn(folder);
      if (pending != null) {
        pending.finish(() -> {});
      }
    }
    for (Path folder : folders) {
      for (Path stray : strayTemps(folder)) {
        Files.deleteIfExists(stray);
      }
    }
  }

  /** Temporary files of this class's making in a folder, and a journal never given its name. */
  private static List<Path> strayTemps(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<Path> stray = new ArrayList<>();
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path temp : temps) {
        String name = temp.getFileName().toString();
        if (TEMP_NAME.matcher(name).matches() || name.equals(CommitJournal.NAME + ".tmp")) {
          stray.add(temp);
        }
      }
    }
    return stray;
  }

  /** Creates missing folders, remembering them so that a failed write can take them away. */
  private static void createFolders(Set<Path> folders, List<Path> created) throws IOException {
    for (Path folder : folders) {
      List<Path> missing = new ArrayList<>();
      Path p = folder;
      for (; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
        missing.add(0, p);
      }
      if (p != null && !Files.isDirectory(p)) {
        throw new InputException(
            "cannot write in "
                + p
                + ": it is a file, not a folder; move it away or choose another"
                + " --out");
      }
      for (Path dir : missing) {
        Files.createDirectory(dir);
        created.add(dir);
      }
    }
  }

  private static void removeEmpty(List<Path> created) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (IOException e) {
        // Not empty (another run wrote there meanwhile) or not ours to remove: leave it.
      }
    }
  }

  /** The target's bytes in a new temporary file beside it, forced to disk. */
  private static Path stage(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    String prefix = "." + target.getFileName() + ".";
    sweep(dir, prefix);
    Path temp = createTemp(dir, prefix);
    try {
      keepPermissions(target, temp);
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        out.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
        midWrite.run();
        ByteBuffer rest = ByteBuffer.wrap(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        while (rest.hasRemaining()) {
          out.write(rest);
        }
        out.force(true);
      }
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * A new, empty temporary file. Not {@link Files#createTempFile}: its files are readable by their
   * owner only, and moving one into place would make every brief and seed file private. Created
   * like any file, it gets the permissions the user's umask gives.
   */
  private static Path createTemp(Path dir, String prefix) throws IOException {
    while (true) {
      Path temp =
          dir.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // Another run's temporary file of the same name: draw again. Creating with CREATE_NEW
        // never follows a link planted under the name, so the name need not be unguessable.
      }
    }
  }

  /** A file being replaced keeps its permissions (a user may have made it private, or shared). */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.exists(target)
        && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }

  /**
   * Removes temporary files of earlier writes to the same target that never finished; only ever
   * under the folder's lock, so never another run's file in the making.
   */
  private static void sweep(Path dir, String prefix) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, prefix + "*.tmp")) {
      for (Path file : stale) {
        Files.deleteIfExists(file);
      }
    }
  }
}

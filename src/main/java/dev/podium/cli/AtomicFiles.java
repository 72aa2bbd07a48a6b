package dev.podium.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see the old content or the new, never half of either: the bytes go
 * to temporary files in the same folders, which are then moved over the targets. A temporary file
 * that a killed run left behind is swept away by the next write to the same target.
 */
final class AtomicFiles {
  /**
   * Runs halfway through writing a temporary file. Only tests set it, to kill the process in the
   * middle of a write; it is not reachable from the command line.
   */
  static volatile Runnable midWrite = () -> {};

  private AtomicFiles() {}

  static void write(Path target, String content) throws IOException {
    write(Map.of(target, content.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes several files together: every temporary file is complete before the first is moved into
   * place, so a failed write (a full disk, say) leaves all targets as they were.
   */
  static void write(Map<Path, byte[]> files) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path dir = file.getKey().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = "." + file.getKey().getFileName() + ".";
        sweep(dir, prefix);
        Path temp = createTemp(dir, prefix);
        temps.put(file.getKey(), temp);
        keepPermissions(file.getKey(), temp);
        byte[] bytes = file.getValue();
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
          out.write(bytes, 0, bytes.length / 2);
          midWrite.run();
          out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }
      }
      for (Map.Entry<Path, Path> move : temps.entrySet()) {
        moveOver(move.getValue(), move.getKey());
      }
    } finally {
      for (Path temp : temps.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A new, empty temporary file. Not {@link Files#createTempFile}: its files are readable by their
   * owner only, and moving one into place would make every brief and seed file private. Created
   * like any file, it gets the permissions the user's umask gives.
   */
  private static Path createTemp(Path dir, String prefix) throws IOException {
    while (true) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
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
    if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }

  private static void moveOver(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes temporary files of earlier writes to the same target that never finished. */
  private static void sweep(Path dir, String prefix) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, prefix + "*.tmp")) {
      for (Path file : stale) {
        Files.deleteIfExists(file);
      }
    }
  }
}

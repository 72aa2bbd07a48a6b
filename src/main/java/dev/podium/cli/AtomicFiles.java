package dev.podium.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the new, never half of either: the bytes
 * go to a temporary file in the same folder, which is then moved over the target. A temporary
 * file that a killed run left behind is swept away by the next write to the same target.
 */
final class AtomicFiles {
  /**
   * Runs halfway through writing the temporary file. Only tests set it, to kill the process in
   * the middle of a write; it is not reachable from the command line.
   */
  static volatile Runnable midWrite = () -> {};

  private AtomicFiles() {}

  static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String prefix = "." + target.getFileName() + ".";
    sweep(dir, prefix);
    Path temp = Files.createTempFile(dir, prefix, ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(bytes, 0, bytes.length / 2);
        midWrite.run();
        out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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

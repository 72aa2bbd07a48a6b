package dev.podium.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that readers see the old content or the new, never half of either: the bytes go
 * to temporary files in the same folders, which are then moved over the targets.
 */
final class AtomicFiles {
  private AtomicFiles() {}

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
        Path temp = Files.createTempFile(dir, "." + file.getKey().getFileName() + ".", ".tmp");
        temps.put(file.getKey(), temp);
        Files.write(temp, file.getValue());
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

  private static void moveOver(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package dev.podium.cli;

import java.nio.file.Path;

/** A file a command wrote, with its size, for the line that tells a person so. */
record WrittenFile(Path path, long bytes) {
  String size() {
    return size(bytes);
  }

  /** A size as a person reads it: {@code 812 B}, {@code 41 KB}, {@code 1.2 MB}. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}

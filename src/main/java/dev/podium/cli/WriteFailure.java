package dev.podium.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What to tell a person when a file cannot be written: the path and the reason in words, not the
 * Java exception. Targets are checked first for what the file system would refuse only halfway.
 */
final class WriteFailure {
  /** The longest file name most file systems take, in bytes. */
  static final int LONGEST_NAME = 255;

  private WriteFailure() {}

  /** Refuses a target that is a folder, or whose name no file system would take. */
  static void checkTarget(Path target) {
    for (Path part : target) {
      int bytes = part.toString().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > LONGEST_NAME) {
        throw new InputException(
            "cannot write "
                + target
                + ": the name "
                + shortened(part.toString())
                + " is "
                + bytes
                + " bytes long, and file systems take at most "
                + LONGEST_NAME
                + "; use a shorter id");
      }
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new InputException(
          "cannot write "
              + target
              + ": it is a folder, not a file; move it away or write"
              + " elsewhere");
    }
  }

  /** One line for a failed write. */
  static String describe(IOException e) {
    String path = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
    String where = path == null ? "cannot write" : "cannot write " + path;
    if (e instanceof AccessDeniedException) {
      return where + ": permission denied";
    }
    if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
      return where
          + ": a file stands where a folder is needed; move it away or choose another"
          + " --out";
    }
    String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (lower.contains("read-only")) {
      return where + ": the file system is read-only";
    }
    if (lower.contains("no space")) {
      return where + ": the disk is full; nothing was written";
    }
    if (lower.contains("quota")) {
      return where + ": the disk quota is used up; nothing was written";
    }
    if (lower.contains("not a directory")) {
      return where + ": a file stands where a folder is needed";
    }
    if (lower.contains("name too long")) {
      return where + ": the file name is too long";
    }
    return where + (reason == null ? "" : ": " + reason);
  }

  private static String shortened(String name) {
    return "'" + (name.length() <= 24 ? name : name.substring(0, 24) + "…") + "'";
  }
}

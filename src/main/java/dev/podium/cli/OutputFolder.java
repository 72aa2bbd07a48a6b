package dev.podium.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder a command writes into. Paths inside it are built from checked ids only, and a folder
 * on the way that is a symbolic link is refused: nothing is written outside {@code --out}.
 */
record OutputFolder(Path root) {

  /** The file at {@code root/parts…}, after checking that no folder on the way leaves the root. */
  Path resolve(String... parts) throws IOException {
    Path path = root;
    for (int i = 0; i < parts.length; i++) {
      Path next = path.resolve(parts[i]).normalize();
      if (!next.startsWith(root.normalize()) || next.equals(root.normalize())) {
        throw new UsageException("refusing to write outside " + root + ": " + parts[i]);
      }
      if (Files.isSymbolicLink(next) && (i < parts.length - 1 || Files.isDirectory(next))) {
        throw new UsageException(
            "refusing to write through the symbolic link "
                + next
                + "; remove it or choose another --out");
      }
      if (i < parts.length - 1
          && Files.exists(next, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException(next + " is a file, not a folder; choose another --out");
      }
      path = next;
    }
    return path;
  }
}

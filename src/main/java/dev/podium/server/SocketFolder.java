package dev.podium.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The folder that holds the servers' sockets, lock and log files. Only its owner may open it: the
 * owner and mode are checked every time it is used, and a folder anyone else could enter is
 * refused, since whoever can reach a socket can run commands as its owner.
 */
public record SocketFolder(Path path) {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /** Where sockets live: {@code $XDG_RUNTIME_DIR/podium}, else {@code ~/.cache/podium/server}. */
  public static Path defaultPath(Map<String, String> env) {
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()) {
      return Path.of(runtime, "podium");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "podium", "server");
  }

  /** Creates the folder owner-only if it is missing, then checks it. */
  public static SocketFolder create(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(path.toAbsolutePath().getParent());
      try {
        Files.createDirectory(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // Another command made it first; the check below judges it like any other.
      }
    }
    return open(path);
  }

  /**
   * The folder if it is a real folder (not a link), owned by this user and closed to everyone else;
   * otherwise an exception whose message says what is wrong.
   */
  public static SocketFolder open(Path path) throws IOException {
    PosixFileAttributes attributes =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isDirectory()) {
      throw new IOException(path + " is not a folder");
    }
    String user = System.getProperty("user.name");
    if (!attributes.owner().getName().equals(user)) {
      throw new IOException(path + " belongs to " + attributes.owner().getName() + ", not " + user);
    }
    if (!attributes.permissions().equals(OWNER_ONLY)) {
      throw new IOException(
          path
              + " is open to others (mode "
              + PosixFilePermissions.toString(attributes.permissions())
              + "); it must be rwx------");
    }
    return new SocketFolder(path);
  }

  /** Checks the folder again: between two uses someone may have changed it. */
  public SocketFolder recheck() throws IOException {
    return open(path);
  }

  public Path socket(String id) {
    return path.resolve(id + ".sock");
  }

  public Path lock(String id) {
    return path.resolve(id + ".lock");
  }

  public Path log(String id) {
    return path.resolve(id + ".log");
  }
}

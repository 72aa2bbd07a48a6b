package dev.podium.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of seeds: on disk, or the copy bundled in the jar. Names files for messages the way a
 * user would type them.
 */
public record SeedsDirectory(Path root, String displayPrefix) {
  public static final String STANCES = "stances.yaml";

  private static final String BUNDLED = "(bundled)/seeds";

  /** Seeds on disk; messages name files relative to the working folder when they lie inside it. */
  public static SeedsDirectory onDisk(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    String prefix =
        absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : root.toString();
    return new SeedsDirectory(absolute, prefix);
  }

  /** The seeds packed into Podium itself, used outside a checkout. */
  public static SeedsDirectory bundled() {
    return new SeedsDirectory(bundledPath("seeds"), BUNDLED);
  }

  /** Whether these are the seeds packed into Podium, read because no folder was found. */
  public boolean isBundled() {
    return displayPrefix.equals(BUNDLED);
  }

  /**
   * A folder of the classpath as a {@link Path}, opening the jar as a file system when needed. The
   * jar file system stays open for the life of the process, as the class loader's does.
   */
  public static Path bundledPath(String folder) {
    URL marker = SeedsDirectory.class.getResource("/" + folder);
    if (marker == null) {
      throw new IllegalStateException("Podium was built without its bundled " + folder);
    }
    try {
      URI uri = marker.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
      }
      return jar.getPath("/" + folder);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled " + folder, e);
    }
  }

  public Path stances() {
    return root.resolve(STANCES);
  }

  public Path motion(String id) {
    return root.resolve("motions").resolve(id + ".yaml");
  }

  public Path personaDir(String id) {
    return root.resolve("personas").resolve(id);
  }

  /**
   * Why a seed file cannot be read, or {@code null} when it is a plain file inside these seeds. A
   * link that leads out of the seeds folder is refused, so data cannot point Podium at a file
   * elsewhere (whose content an error message would then quote); a folder, a device or a pipe would
   * make reading fail, never end, or never stop growing.
   */
  public String refusal(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (!"file".equals(file.getFileSystem().provider().getScheme())) {
      return null; // the bundled seeds, inside Podium's own jar
    }
    // A file named on the command line (a --motion FILE) may be anywhere; one of the seeds stays
    // inside them.
    if (file.toAbsolutePath().normalize().startsWith(root)) {
      try {
        if (!file.toRealPath().startsWith(root.toRealPath())) {
          return "is a link to a file outside the seeds folder; copy the file in instead";
        }
      } catch (IOException e) {
        return "is a link that leads nowhere; remove it or put the file in its place";
      }
    }
    if (Files.isDirectory(file)) {
      return "is a folder, not a file; a seed file is plain YAML text";
    }
    if (!Files.isRegularFile(file)) {
      return "is not a plain file (a device or a pipe); a seed file is plain YAML text";
    }
    return null;
  }

  /** The name to print for a file of these seeds. */
  public String display(Path file) {
    if (!file.startsWith(root)) {
      return file.toString();
    }
    String relative = root.relativize(file).toString().replace('\\', '/');
    return displayPrefix.isEmpty() ? relative : displayPrefix + "/" + relative;
  }

  /**
   * Files named {@code .yml} where Podium reads {@code .yaml}: the stances, motions and persona
   * files. They are not read, and a person who wrote one should hear so.
   */
  public java.util.List<Path> misnamed() {
    java.util.List<Path> candidates = new java.util.ArrayList<>();
    candidates.add(root.resolve("stances.yml"));
    children(root.resolve("motions"), false).stream()
        .map(name -> root.resolve("motions").resolve(name))
        .forEach(candidates::add);
    for (String persona : personaIds()) {
      for (String file : java.util.List.of("persona", "themes", "evidence")) {
        candidates.add(personaDir(persona).resolve(file + ".yml"));
      }
    }
    return candidates.stream()
        .filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p))
        .toList();
  }

  /** Persona ids: the folders under {@code personas/}, sorted. */
  public java.util.List<String> personaIds() {
    return children(root.resolve("personas"), true);
  }

  /** Motion ids: the {@code .yaml} files under {@code motions/}, sorted. */
  public java.util.List<String> motionIds() {
    return children(root.resolve("motions"), false).stream()
        .filter(name -> name.endsWith(".yaml"))
        .map(name -> name.substring(0, name.length() - ".yaml".length()))
        .toList();
  }

  private static java.util.List<String> children(Path dir, boolean folders) {
    if (!Files.isDirectory(dir)) {
      return java.util.List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> Files.isDirectory(p) == folders)
          .map(p -> p.getFileName().toString().replace("/", ""))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

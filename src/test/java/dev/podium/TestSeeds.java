package dev.podium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the repository's seeds and templates that a test may break without harm. */
public final class TestSeeds {
  public static final Path SEEDS = Path.of("seeds");
  public static final Path TEMPLATES = Path.of("templates");

  private TestSeeds() {}

  /** Copies the bundled persona's seeds into {@code dir/seeds} and returns that folder. */
  public static Path copy(Path dir) {
    return copyTree(SEEDS, dir.resolve("seeds"));
  }

  public static Path copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first occurrence of a text in a file, failing if it is not there. */
  public static void edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new AssertionError(file + " does not contain: " + from);
      }
      Files.writeString(
          file,
          text.replaceFirst(
              java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first line containing the text. */
  public static int lineOf(Path file, String text) {
    try {
      var lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
      throw new AssertionError(file + " has no line containing: " + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.podium.cli;

import dev.podium.load.Ids;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Checks of ids given on the command line: well formed, and known to the seeds. */
final class Choices {
  private Choices() {}

  /** The given id when known, the first known one when none is given; usage errors otherwise. */
  static String choose(String what, String given, List<String> known, SeedsDirectory dir) {
    if (given == null) {
      if (known.isEmpty()) {
        throw new UsageException("no " + what + " in " + dir.displayPrefix());
      }
      return known.get(0);
    }
    requireId(what, given);
    if (!known.contains(given) && dir.isBundled()) {
      String why =
          Files.isDirectory(Path.of("seeds"))
              ? "./seeds has no " + SeedsDirectory.STANCES
              : "there is no ./seeds here";
      throw new UsageException(
          "unknown "
              + what
              + " '"
              + given
              + "': "
              + why
              + ", so Podium read the sample bundled with it, which has "
              + String.join(", ", known)
              + hint(given, known)
              + "; "
              + fix(what, given));
    }
    if (!known.contains(given)) {
      throw new UsageException(
          "unknown "
              + what
              + " '"
              + given
              + "'; known: "
              + String.join(", ", known)
              + hint(given, known));
    }
    return given;
  }

  private static String fix(String what, String given) {
    return what.equals("persona")
        ? "run podium init " + given + " to start a seeds folder here, or pass --seeds DIR"
        : "pass --seeds DIR, or --motion FILE.yaml";
  }

  /** "; did you mean 'x'?" when one of the candidates is near enough to be meant, else "". */
  static String hint(String given, Collection<String> candidates) {
    String closest = Suggestions.closest(given, candidates);
    return closest == null ? "" : "; did you mean '" + closest + "'?";
  }

  static void requireId(String what, String id) {
    if (!Ids.isValid(id)) {
      throw new UsageException("bad " + what + " '" + id + "': " + Ids.rule());
    }
  }
}

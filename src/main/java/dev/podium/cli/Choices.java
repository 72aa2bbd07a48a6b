package dev.podium.cli;

import dev.podium.load.Ids;
import dev.podium.load.SeedsDirectory;
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
    if (!known.contains(given)) {
      throw new UsageException(
          "unknown " + what + " '" + given + "'; known: " + String.join(", ", known));
    }
    return given;
  }

  static void requireId(String what, String id) {
    if (!Ids.isValid(id)) {
      throw new UsageException("bad " + what + " '" + id + "': " + Ids.rule());
    }
  }
}

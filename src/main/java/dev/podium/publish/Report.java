package dev.podium.publish;

import dev.podium.load.Diagnostics;

/**
 * Something a run tells the user, in the order it happened; the command prints it. The wording of
 * lines is the publisher's, the colour and the stream the terminal's.
 */
public sealed interface Report {
  /** How a line reads: an error, or a warning. */
  enum Level {
    ERROR,
    WARNING
  }

  /** One line. */
  record Line(Level level, String text) implements Report {}

  /** The seeds' diagnostics, reported as the loader found them. */
  record Checked(Diagnostics diagnostics) implements Report {}
}

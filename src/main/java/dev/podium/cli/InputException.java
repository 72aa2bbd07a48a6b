package dev.podium.cli;

/**
 * A file named on the command line that cannot be used as it is; its one-line message names the
 * file (and the place in it). Exits with {@link ExitCode#BAD_INPUT}, without a stack trace.
 */
final class InputException extends RuntimeException {
  InputException(String message) {
    super(message);
  }
}

package dev.podium.cli;

/** A command line that cannot be carried out as written; exits with {@link ExitCode#USAGE}. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}

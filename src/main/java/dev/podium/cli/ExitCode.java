package dev.podium.cli;

/** Podium's exit codes. */
public enum ExitCode {
  OK(0),
  /** Bad input: the seeds or templates have problems, or a check failed. */
  BAD_INPUT(1),
  /** The command line itself is wrong. */
  USAGE(2);

  private final int value;

  ExitCode(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}

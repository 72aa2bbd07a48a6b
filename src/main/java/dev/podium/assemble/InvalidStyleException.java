package dev.podium.assemble;

/**
 * A style that Podium cannot cite with, and where in its file the reason lies. The message is one
 * line for a person and does not repeat the position.
 */
public final class InvalidStyleException extends RuntimeException {
  private final Position position;

  /** A line and column in a style's source, both counted from 1. */
  public record Position(int line, int column) {
    /** The start of the file, for problems that belong to no one place. */
    public static final Position START = new Position(1, 1);
  }

  public InvalidStyleException(Position position, String message) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}

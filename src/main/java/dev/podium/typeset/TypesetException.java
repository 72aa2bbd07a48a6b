package dev.podium.typeset;

/**
 * The Markdown cannot be typeset as it stands: a node the typesetter does not support, an image it
 * cannot use, or an unusable font. Carries the 1-based line and column in the Markdown (0 when the
 * problem has no place in it).
 */
public final class TypesetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public TypesetException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public TypesetException(String message, Throwable cause) {
    super(message, cause);
    this.line = 0;
    this.column = 0;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}

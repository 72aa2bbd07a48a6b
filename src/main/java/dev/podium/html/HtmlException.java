package dev.podium.html;

/**
 * The Markdown cannot be made into a page as it stands: an image that is neither a chart of the
 * document nor a local PNG or JPEG file. Carries the 1-based line and column in the Markdown.
 */
public final class HtmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public HtmlException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}

package dev.podium.render;

/** A template that cannot be compiled or rendered, located at its file and line. */
public final class TemplateException extends RuntimeException {
  private final String file;
  private final int line;

  public TemplateException(String file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The one-line form {@code file:line: message}. */
  public String format() {
    return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
  }
}

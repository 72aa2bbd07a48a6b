package dev.podium.typeset;

/**
 * A character that no font covers, where it first appears on a line of the Markdown (1-based line
 * and column, counted in characters; line 0 for the running header, which is not part of the
 * Markdown). The PDF shows a visible replacement in its place.
 */
public record MissingGlyph(int codePoint, int line, int column) {
  static final SourceLocator.Place OUTSIDE_MARKDOWN = new SourceLocator.Place(0, 0);

  /** Whether the character is in the running header rather than in the Markdown. */
  public boolean inHeader() {
    return line == 0;
  }

  /** The character itself, as a string (one or two UTF-16 units). */
  public String character() {
    return Character.toString(codePoint);
  }

  /** {@code U+4E2D}. */
  public String codePointLabel() {
    return String.format("U+%04X", codePoint);
  }
}

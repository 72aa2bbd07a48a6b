package dev.podium.publish;

import dev.podium.typeset.MissingGlyph;
import dev.podium.typeset.TypesetException;
import java.nio.file.Path;

/** One-line messages for what the typesetter reports, located in the Markdown where it can be. */
final class PdfMessages {
  private PdfMessages() {}

  /** {@code moderator.md:12:5: warning: no font has '中' (U+4E2D); the PDF shows � ...}. */
  static String warning(MissingGlyph glyph, Path markdown, Path pdf) {
    String what = "no font has '" + glyph.character() + "' (" + glyph.codePointLabel() + ")";
    String fix = "; the PDF shows \uFFFD instead (add a font that has it with --font FILE)";
    if (glyph.inHeader()) {
      return pdf + ": warning: " + what + " in the running header" + fix;
    }
    return markdown + ":" + glyph.line() + ":" + glyph.column() + ": warning: " + what + fix;
  }

  /** The typesetter's error, located in the Markdown when it has a place there. */
  static String error(TypesetException e, Path markdown) {
    if (e.line() == 0) {
      return "podium: " + e.getMessage();
    }
    return markdown + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
  }
}

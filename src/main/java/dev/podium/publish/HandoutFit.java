package dev.podium.publish;

import dev.podium.typeset.Paper;
import dev.podium.typeset.PdfTypesetter;
import dev.podium.typeset.TypesetException;
import java.util.List;

/**
 * Whether a handout fits its one page. Its Markdown is the same for every paper, so it must fit
 * both A4 (narrower) and Letter (shorter); only typesetting can tell, since a counted word budget
 * cannot know where a long title or link wraps.
 */
final class HandoutFit {
  /** More trims than this and the handout holds only its points and first paragraph anyway. */
  static final int MOST_TRIMS = 16;

  private HandoutFit() {}

  static boolean onOnePage(Document document, FormatSettings settings) {
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      FormatSettings onPaper = new FormatSettings(paper, settings.fonts());
      try {
        if (new PdfTypesetter()
                .typeset(document.markdown(), PdfFormat.settings(document, onPaper))
                .pages()
            > 1) {
          return false;
        }
      } catch (TypesetException e) {
        // The PDF format reports what cannot be typeset, where it writes the PDF.
        return true;
      }
    }
    return true;
  }
}

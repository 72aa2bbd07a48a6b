package dev.podium.typeset;

import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a line may break besides OpenPDF's usual places (spaces, hyphens): after {@code /} and
 * {@code _} in any text, so that file names and paths wrap, and in a link also after {@code . ? & =
 * #}, so that long addresses wrap instead of leaving a gap or running into the margin.
 */
final class LineBreaks extends DefaultSplitCharacter {
  static final LineBreaks TEXT = new LineBreaks("/_");
  static final LineBreaks LINK = new LineBreaks("/_.?&=#");

  private final String after;

  private LineBreaks(String after) {
    this.after = after;
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = getCurrentCharacter(current, cc, ck);
    return after.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
  }
}

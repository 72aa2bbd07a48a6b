package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws what surrounds the text on every page: a running header (left and right texts over a
 * hairline) and a centred footer "Page X of Y". The footer of each page is a placeholder filled in
 * when the document closes, once the page count is known. All of it is marked as pagination
 * artifacts, which screen readers skip.
 */
final class PageFurniture extends PdfPageEventHelper {
  private static final PdfName HEADER = new PdfName("Header");
  private static final PdfName FOOTER = new PdfName("Footer");

  private final GlyphRuns glyphs;
  private final String headerLeft;
  private final String headerRight;
  private final List<PdfTemplate> footers = new ArrayList<>();

  PageFurniture(GlyphRuns glyphs, String headerLeft, String headerRight) {
    this.glyphs = glyphs;
    this.headerLeft = headerLeft;
    this.headerRight = headerRight;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    if (!headerLeft.isEmpty() || !headerRight.isEmpty()) {
      Artifacts.beginPagination(canvas, HEADER);
      drawHeader(canvas, document);
      Artifacts.end(canvas);
    }
    float height = Typography.FURNITURE_SIZE * 2;
    PdfTemplate footer = canvas.createTemplate(document.getPageSize().getWidth(), height);
    Artifacts.beginPagination(canvas, FOOTER);
    canvas.addTemplate(footer, 0, document.bottom() - Typography.FOOTER_DROP - height / 3);
    Artifacts.end(canvas);
    footers.add(footer);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    int pages = footers.size();
    float centre = document.getPageSize().getWidth() / 2;
    for (int i = 0; i < pages; i++) {
      Phrase text = phrase("Page " + (i + 1) + " of " + pages);
      ColumnText.showTextAligned(
          footers.get(i), Element.ALIGN_CENTER, text, centre, Typography.FURNITURE_SIZE * 2 / 3, 0);
    }
  }

  private void drawHeader(PdfContentByte canvas, Document document) {
    float baseline = document.top() + Typography.HEADER_RAISE;
    ColumnText.showTextAligned(
        canvas, Element.ALIGN_LEFT, phrase(headerLeft), document.left(), baseline, 0);
    ColumnText.showTextAligned(
        canvas, Element.ALIGN_RIGHT, phrase(headerRight), document.right(), baseline, 0);
    canvas.saveState();
    canvas.setColorStroke(Typography.HAIRLINE);
    canvas.setLineWidth(0.5f);
    canvas.moveTo(document.left(), baseline - 5f);
    canvas.lineTo(document.right(), baseline - 5f);
    canvas.stroke();
    canvas.restoreState();
  }

  private Phrase phrase(String text) {
    TextStyle style =
        new TextStyle(Typography.FURNITURE_SIZE, false, true, false, Typography.MUTED);
    Phrase phrase = new Phrase();
    phrase.setFont(glyphs.font(style));
    // The header is not part of the Markdown: a character no font has is reported at line 0.
    phrase.addAll(glyphs.chunks(text, style, i -> MissingGlyph.OUTSIDE_MARKDOWN));
    return phrase;
  }
}

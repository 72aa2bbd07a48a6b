package dev.podium.typeset;

import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;

/**
 * Marks what is drawn but is not part of the text as an artifact, so that a screen reader skips it:
 * the running header and page numbers (pagination), and rules, quote bars and backgrounds (layout).
 */
final class Artifacts {
  private static final PdfName ARTIFACT = new PdfName("Artifact");
  private static final PdfName PAGINATION = new PdfName("Pagination");
  private static final PdfName LAYOUT = new PdfName("Layout");

  private Artifacts() {}

  /** Begins a pagination artifact, such as a running header or a page number. */
  static void beginPagination(PdfContentByte canvas, PdfName subtype) {
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.TYPE, PAGINATION);
    if (subtype != null) {
      properties.put(PdfName.SUBTYPE, subtype);
    }
    canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
  }

  /** Begins a layout artifact: a line or background that only shapes the page. */
  static void beginLayout(PdfContentByte canvas) {
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.TYPE, LAYOUT);
    canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
  }

  static void end(PdfContentByte canvas) {
    canvas.endMarkedContentSequence();
  }
}

package dev.podium.typeset;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/** Where rendered blocks go: the document's pages, or a table cell (a quote, a list item). */
interface BlockSink {
  void add(Element element);

  /** Vertical space left on the current page; unbounded inside a cell. */
  float spaceLeft();

  /** Starts a new page, if this sink has pages. */
  void newPage();

  static BlockSink of(Document document, PdfWriter writer) {
    return new BlockSink() {
      @Override
      public void add(Element element) {
        document.add(element);
      }

      @Override
      public float spaceLeft() {
        return writer.getVerticalPosition(false) - document.bottom();
      }

      @Override
      public void newPage() {
        document.newPage();
      }
    };
  }

  static BlockSink of(PdfPCell cell) {
    return new BlockSink() {
      @Override
      public void add(Element element) {
        cell.addElement(element);
      }

      @Override
      public float spaceLeft() {
        return Float.MAX_VALUE;
      }

      @Override
      public void newPage() {
        // A cell moves to the next page with its row.
      }
    };
  }
}

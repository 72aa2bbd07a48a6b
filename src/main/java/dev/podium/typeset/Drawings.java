package dev.podium.typeset;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Sets a document's drawings as vector images: each is drawn once, through OpenPDF's Graphics2D,
 * into a form that every image showing it reuses. Not thread-safe, like the document.
 */
final class Drawings {
  private final Map<String, Drawing> drawings;
  private final PdfWriter writer;
  private final FontMapper fonts;
  private final Map<String, PdfTemplate> drawn = new HashMap<>();

  Drawings(Map<String, Drawing> drawings, PdfWriter writer, FontMapper fonts) {
    this.drawings = drawings;
    this.writer = writer;
    this.fonts = fonts;
  }

  /**
   * The drawing named {@code destination}, shrunk (never enlarged) to fit the box; null when no
   * drawing has that name.
   */
  Image image(String destination, float maxWidth, float maxHeight) {
    Drawing drawing = drawings.get(destination);
    if (drawing == null) {
      return null;
    }
    PdfTemplate form = drawn.computeIfAbsent(destination, d -> draw(drawing));
    Image image;
    try {
      image = Image.getInstance(form);
    } catch (BadElementException e) {
      throw new IllegalStateException("OpenPDF refused a drawing's form", e);
    }
    if (image.getScaledWidth() > maxWidth || image.getScaledHeight() > maxHeight) {
      image.scaleToFit(maxWidth, maxHeight);
    }
    return image;
  }

  private PdfTemplate draw(Drawing drawing) {
    PdfTemplate form = PdfTemplate.createTemplate(writer, drawing.width(), drawing.height());
    Graphics2D g = form.createGraphics(drawing.width(), drawing.height(), fonts);
    try {
      drawing.painter().accept(g, new Rectangle2D.Float(0, 0, drawing.width(), drawing.height()));
    } finally {
      // Disposing is what writes the drawing's content into the form.
      g.dispose();
    }
    return form;
  }
}

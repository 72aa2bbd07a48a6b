package dev.podium.typeset;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The column that blocks fill, page after page: where the next block goes, the room left, and the
 * structure element each piece of content is tied to. Text, figures and cells are drawn marked as
 * their element; rules and shading as artifacts, beneath the text. A measuring flow has one endless
 * page and draws nothing, so that the height of blocks can be known before they are set.
 */
final class Flow {
  /** The depth of a measuring flow's page; no brief comes near it. */
  private static final float ENDLESS = 1_000_000f;

  /** Paints a frame's decoration, such as a quote's bar, for the part of it on one page. */
  interface Backdrop {
    void paint(PdfContentByte under, float left, float right, float top, float bottom);
  }

  /** An open frame, and the top of its part on the current page. */
  private static final class Frame {
    final Backdrop backdrop;
    final float left;
    final float right;
    float top;

    Frame(Backdrop backdrop, float left, float right, float top) {
      this.backdrop = backdrop;
      this.left = left;
      this.right = right;
      this.top = top;
    }
  }

  private final Document document;
  private final PdfWriter writer;
  private final StructureTree structure;
  private final float top;
  private final float bottom;
  private final Deque<float[]> margins = new ArrayDeque<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private float left;
  private float right;
  private float y;
  private float pending;
  private boolean fresh = true;

  private Flow(
      Document document,
      PdfWriter writer,
      StructureTree structure,
      float left,
      float right,
      float top,
      float bottom) {
    this.document = document;
    this.writer = writer;
    this.structure = structure;
    this.left = left;
    this.right = right;
    this.top = top;
    this.bottom = bottom;
    this.y = top;
  }

  /** The flow of an open document's pages, tagged into {@code structure}. */
  static Flow of(Document document, PdfWriter writer, StructureTree structure) {
    return new Flow(
        document,
        writer,
        structure,
        document.left(),
        document.right(),
        document.top(),
        document.bottom());
  }

  /** A flow as wide as this one's column that only measures: see {@link #used}. */
  Flow measuring() {
    return new Flow(null, null, null, left, right, 0, -ENDLESS);
  }

  boolean isMeasuring() {
    return writer == null;
  }

  /** How far down the page this flow has come; on a measuring flow, the height of what it set. */
  float used() {
    return top - y;
  }

  float left() {
    return left;
  }

  float right() {
    return right;
  }

  float width() {
    return right - left;
  }

  /** The height of an empty page's text block. */
  float pageHeight() {
    return top - bottom;
  }

  /** Room left on this page below the gap that waits for the next block. */
  float spaceLeft() {
    return y - (fresh ? 0 : pending) - bottom;
  }

  /** The baseline position the next block starts from, once the waiting gap is taken. */
  float y() {
    settle();
    return y;
  }

  /** Adds space before the next block; space that would open a page is dropped. */
  void gap(float space) {
    pending += space;
  }

  /** Takes the waiting gap now, unless nothing is on the page yet. */
  void settle() {
    if (!fresh) {
      y -= pending;
    }
    pending = 0;
  }

  /** Moves down by {@code distance} even at the top of a page: padding inside a frame. */
  void down(float distance) {
    settle();
    y -= distance;
  }

  /** Moves down to {@code position}, which content placed with {@link #place} has reached. */
  void moveTo(float position) {
    settle();
    y = Math.min(y, position);
    fresh = false;
  }

  void newPage() {
    if (isMeasuring()) {
      return;
    }
    frames.forEach(this::paint);
    document.newPage();
    y = top;
    pending = 0;
    fresh = true;
    frames.forEach(f -> f.top = top);
  }

  /** Narrows the column; {@link #outdent} undoes it. */
  void indent(float leftBy, float rightBy) {
    margins.push(new float[] {left, right});
    left += leftBy;
    right -= rightBy;
  }

  void outdent() {
    float[] margin = margins.pop();
    left = margin[0];
    right = margin[1];
  }

  /** Opens a structure element that groups the blocks set until {@link #close}. */
  void open(PdfName type) {
    if (!isMeasuring()) {
      structure.open(type);
    }
  }

  void close() {
    if (!isMeasuring()) {
      structure.close();
    }
  }

  /** A new element for content of its own; null on a measuring flow. */
  PdfStructureElement leaf(PdfName type) {
    return isMeasuring() ? null : structure.leaf(type);
  }

  PdfStructureElement figure(String alt) {
    return isMeasuring() ? null : structure.figure(alt);
  }

  PdfStructureElement columnHeader() {
    return isMeasuring() ? null : structure.columnHeader();
  }

  /** Starts a frame whose backdrop is painted behind the blocks set until {@link #closeFrame}. */
  void openFrame(Backdrop backdrop) {
    settle();
    frames.push(new Frame(backdrop, left, right, y));
  }

  void closeFrame() {
    Frame frame = frames.pop();
    if (!isMeasuring()) {
      paint(frame);
    }
  }

  /** Sets a column's text from here down, on as many pages as it takes, as {@code leaf}. */
  void text(ColumnText column, PdfStructureElement leaf) {
    settle();
    while (true) {
      column.setSimpleColumn(left, bottom, right, y);
      int status = place(column, leaf);
      if (column.getLinesWritten() > 0) {
        y = column.getYLine();
        fresh = false;
      }
      if (!ColumnText.hasMoreText(status)) {
        return;
      }
      if (fresh) {
        throw new IllegalStateException("a line is taller than the page");
      }
      newPage();
    }
  }

  /**
   * Lays out what fits of a column whose box the caller has set, as {@code leaf}, or as an artifact
   * when it is null; the flow's position does not move. Returns ColumnText's status.
   */
  int place(ColumnText column, PdfStructureElement leaf) {
    try {
      if (isMeasuring()) {
        return column.go(true);
      }
      // Drawn apart first, so that a column that places nothing leaves no empty marked content.
      PdfContentByte drawn = new PdfContentByte(writer);
      column.setCanvas(drawn);
      structure.drawing(leaf);
      int status = column.go();
      structure.drawing(null);
      if (drawn.getInternalBuffer().size() > 0) {
        PdfContentByte canvas = writer.getDirectContent();
        begin(canvas, leaf);
        canvas.add(drawn);
        canvas.endMarkedContentSequence();
      }
      return status;
    } catch (DocumentException e) {
      throw new IllegalStateException("OpenPDF could not lay out text", e);
    }
  }

  /**
   * Sets an image centred in the column, on the next page if it does not fit here, as {@code
   * figure}, or as a decorative artifact when it is null.
   */
  void image(Image image, PdfStructureElement figure) {
    settle();
    float width = image.getScaledWidth();
    float height = image.getScaledHeight();
    if (height > y - bottom && !fresh) {
      newPage();
    }
    if (!isMeasuring()) {
      PdfContentByte canvas = writer.getDirectContent();
      if (figure == null) {
        Artifacts.beginLayout(canvas);
      } else {
        structure.begin(canvas, figure);
      }
      try {
        canvas.addImage(image, width, 0, 0, height, left + (width() - width) / 2, y - height);
      } catch (DocumentException e) {
        throw new IllegalStateException("OpenPDF refused an image", e);
      }
      canvas.endMarkedContentSequence();
    }
    y -= height;
    fresh = false;
  }

  /** Draws a horizontal line beneath the text, as an artifact. */
  void line(float from, float to, float at, float thickness, Color color) {
    if (isMeasuring()) {
      return;
    }
    PdfContentByte under = writer.getDirectContentUnder();
    Artifacts.beginLayout(under);
    under.saveState();
    under.setColorStroke(color);
    under.setLineWidth(thickness);
    under.moveTo(from, at);
    under.lineTo(to, at);
    under.stroke();
    under.restoreState();
    Artifacts.end(under);
  }

  private void begin(PdfContentByte canvas, PdfStructureElement leaf) {
    if (leaf == null) {
      // Text drawn without an element is a repeat, such as a table header on a new page.
      Artifacts.beginPagination(canvas, null);
    } else {
      structure.begin(canvas, leaf);
    }
  }

  /** Paints the part of a frame on this page, if it has one. */
  private void paint(Frame frame) {
    if (frame.top - y < 0.5f) {
      return;
    }
    PdfContentByte under = writer.getDirectContentUnder();
    Artifacts.beginLayout(under);
    under.saveState();
    frame.backdrop.paint(under, frame.left, frame.right, frame.top, y);
    under.restoreState();
    Artifacts.end(under);
  }
}

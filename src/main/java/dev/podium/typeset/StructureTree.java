package dev.podium.typeset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The logical structure of a tagged PDF: one Document element holding headings, paragraphs, lists,
 * tables, quotes, figures and links in reading order, each tied to the content drawn for it. Not
 * thread-safe.
 */
final class StructureTree {
  static final PdfName TR = new PdfName("TR");
  private static final PdfName SCOPE = new PdfName("Scope");
  private static final PdfName COLUMN = new PdfName("Column");

  /** A leaf's link elements, which join its marked content as kids once the leaf is drawn. */
  private record LeafLinks(PdfStructureElement leaf, List<PdfStructureElement> links) {}

  private final PdfWriter writer;
  private final PdfStructureTreeRoot root;
  private final Deque<PdfStructureElement> open = new ArrayDeque<>();
  private final List<LeafLinks> leafLinks = new ArrayList<>();
  private final Map<Integer, PdfStructureElement> links = new HashMap<>();
  private PdfStructureElement drawing;
  private LeafLinks drawingLinks;

  /** The tree of an open document whose writer was made tagged before it opened. */
  StructureTree(PdfWriter writer) {
    if (!writer.isTagged()) {
      throw new IllegalArgumentException("the writer must be tagged before the document opens");
    }
    this.writer = writer;
    root = writer.getStructureTreeRoot();
    open.push(new PdfStructureElement(root, PdfName.DOCUMENT));
  }

  /** Opens a grouping element (a list, list item, quote, table or row) inside the open one. */
  void open(PdfName type) {
    open.push(new PdfStructureElement(open.peek(), type));
  }

  void close() {
    open.pop();
  }

  /** A new element with content of its own, such as a paragraph, inside the open one. */
  PdfStructureElement leaf(PdfName type) {
    return new PdfStructureElement(open.peek(), type);
  }

  /** A figure with its text alternative, which a screen reader reads in place of the picture. */
  PdfStructureElement figure(String alt) {
    PdfStructureElement figure = leaf(PdfName.FIGURE);
    figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
    return figure;
  }

  /** A table header cell that heads its column. */
  PdfStructureElement columnHeader() {
    PdfStructureElement cell = leaf(PdfName.TH);
    PdfDictionary attributes = new PdfDictionary();
    attributes.put(PdfName.O, PdfName.TABLE);
    attributes.put(SCOPE, COLUMN);
    cell.put(PdfName.A, attributes);
    return cell;
  }

  /** Names the leaf whose text OpenPDF is about to lay out, so links found there join it. */
  void drawing(PdfStructureElement leaf) {
    drawing = leaf;
    drawingLinks = null;
  }

  /** Ties {@code canvas}'s next content to {@code leaf}. */
  void begin(PdfContentByte canvas, PdfStructureElement leaf) {
    canvas.beginMarkedContentSequence(leaf);
  }

  void end(PdfContentByte canvas) {
    canvas.endMarkedContentSequence();
  }

  /**
   * Puts a link annotation, one placed piece of link {@code id}, under a Link element in the leaf
   * being drawn. Returns false, adding nothing, when no leaf is being drawn (a repeated header).
   */
  boolean link(int id, PdfAnnotation annotation) {
    if (drawing == null) {
      return false;
    }
    PdfStructureElement link = links.get(id);
    if (link == null) {
      link = detachedLink();
      links.put(id, link);
      if (drawingLinks == null) {
        drawingLinks = new LeafLinks(drawing, new ArrayList<>());
        leafLinks.add(drawingLinks);
      }
      drawingLinks.links().add(link);
    }
    PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
    objr.put(PdfName.OBJ, annotation.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    ((PdfArray) link.get(PdfName.K)).add(objr);
    annotation.put(
        PdfName.STRUCTPARENT, new PdfNumber(root.addExistingObject(link.getReference())));
    return true;
  }

  /**
   * A Link element in the leaf being drawn. The leaf already has marked content, which OpenPDF's
   * constructor refuses to mix with kids, so the link is made at the root, taken off it, and joined
   * to the leaf by {@link #finish}.
   */
  private PdfStructureElement detachedLink() {
    PdfStructureElement link = new PdfStructureElement(root, PdfName.LINK);
    PdfArray rootKids = (PdfArray) root.get(PdfName.K);
    rootKids.remove(rootKids.size() - 1);
    link.put(PdfName.P, drawing.getReference());
    link.put(PdfName.K, new PdfArray());
    return link;
  }

  /** Joins the link elements to their leaves, after the leaves' content; call once all is drawn. */
  void finish() {
    for (LeafLinks entry : leafLinks) {
      PdfStructureElement leaf = entry.leaf();
      PdfArray kids = new PdfArray();
      PdfObject marked = leaf.get(PdfName.K);
      if (marked instanceof PdfNumber mcid) {
        kids.add(contentReference(leaf, mcid));
      } else if (marked instanceof PdfArray array) {
        for (int i = 0; i < array.size(); i++) {
          PdfObject kid = array.getPdfObject(i);
          kids.add(kid instanceof PdfNumber mcid ? contentReference(leaf, mcid) : kid);
        }
      }
      // Marked-content references, not bare numbers: OpenPDF writes the kids of an array that
      // starts with a number as they are, and would leave the link elements unwritten.
      entry.links().forEach(kids::add);
      leaf.put(PdfName.K, kids);
    }
  }

  private static PdfDictionary contentReference(PdfStructureElement leaf, PdfNumber mcid) {
    PdfDictionary reference = new PdfDictionary(PdfName.MCR);
    reference.put(PdfName.PG, leaf.get(PdfName.PG));
    reference.put(PdfName.MCID, mcid);
    return reference;
  }
}

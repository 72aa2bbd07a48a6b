package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Sets a bullet or ordered list as a borderless two-column table, markers right-aligned in the
 * first column, so that an item may hold any blocks (paragraphs, quotes, nested lists) and wraps
 * under its own text rather than under the marker.
 */
final class ListTable {
  private static final String[] BULLETS = {"•", "–", "◦"};
  private static final float MARKER_GAP = 5f;

  private ListTable() {}

  static PdfPTable render(ListBlock list, TextStyle style, RenderContext context) {
    List<String> markers = markers(list);
    float markerWidth = Typography.LIST_INDENT;
    for (String marker : markers) {
      float width = 0;
      for (Chunk chunk : context.glyphs().chunks(marker, style, i -> context.locator().of(list))) {
        width += chunk.getWidthPoint();
      }
      markerWidth = Math.max(markerWidth, width + MARKER_GAP + 4f);
    }
    PdfPTable table = new PdfPTable(new float[] {markerWidth, context.textWidth() - markerWidth});
    table.setWidthPercentage(100);
    table.setSplitLate(true);
    boolean nested = list.getParent() instanceof ListItem;
    table.setSpacingAfter(nested ? 0 : Typography.PARAGRAPH_GAP - Typography.TIGHT_GAP);
    int index = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      table.addCell(markerCell(markers.get(index++), style, list, context));
      PdfPCell body = bare();
      new BlockRenderer(context, BlockSink.of(body), style, list.isTight()).renderChildren(item);
      table.addCell(body);
    }
    return table;
  }

  private static List<String> markers(ListBlock list) {
    List<String> markers = new ArrayList<>();
    String bullet = BULLETS[Math.min(depth(list), BULLETS.length - 1)];
    int number = 1;
    String delimiter = ".";
    if (list instanceof OrderedList ordered) {
      number = ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber();
      delimiter = ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter();
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      markers.add(list instanceof OrderedList ? (number++) + delimiter : bullet);
    }
    return markers;
  }

  private static int depth(ListBlock list) {
    int depth = 0;
    for (Node n = list.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ListBlock) {
        depth++;
      }
    }
    return depth;
  }

  private static PdfPCell markerCell(
      String marker, TextStyle style, Node list, RenderContext context) {
    Paragraph paragraph = new Paragraph(style.size() * Typography.LEADING);
    paragraph.setFont(context.glyphs().font(style));
    paragraph.addAll(context.glyphs().chunks(marker, style, i -> context.locator().of(list)));
    paragraph.setAlignment(Element.ALIGN_RIGHT);
    PdfPCell cell = bare();
    cell.setPaddingRight(MARKER_GAP);
    cell.addElement(paragraph);
    return cell;
  }

  private static PdfPCell bare() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }
}

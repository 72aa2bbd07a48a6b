package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;

/**
 * Sets a bullet or ordered list: each marker right-aligned in a gutter, and the item's blocks
 * (paragraphs, quotes, nested lists) beside it, so that an item wraps under its own text, tagged as
 * L, LI, Lbl and LBody. An item that fits on a page is not split across two.
 */
final class ListRenderer {
  private static final String[] BULLETS = {"•", "–", "◦"};
  private static final float MARKER_GAP = 5f;

  private ListRenderer() {}

  static void render(
      ListBlock list, TextStyle style, boolean quoted, RenderContext context, Flow flow) {
    List<String> markers = markers(list);
    float gutter = gutter(markers, style, list, context);
    float leading = style.size() * Typography.LEADING;
    flow.open(PdfName.L);
    int index = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!flow.isMeasuring()) {
        keepTogether(item, gutter, flow, f -> body(list, style, quoted, context, f));
      }
      if (flow.spaceLeft() < leading) {
        flow.newPage();
      }
      flow.open(PdfName.LI);
      marker(markers.get(index++), style, list, context, flow, gutter, leading);
      flow.indent(gutter, 0);
      flow.open(PdfName.LBODY);
      body(list, style, quoted, context, flow).renderChildren(item);
      flow.close();
      flow.outdent();
      flow.close();
    }
    flow.close();
    boolean nested = list.getParent() instanceof ListItem;
    flow.gap(nested ? 0 : Typography.PARAGRAPH_GAP - Typography.TIGHT_GAP);
  }

  private static BlockRenderer body(
      ListBlock list, TextStyle style, boolean quoted, RenderContext context, Flow flow) {
    return new BlockRenderer(context, flow, style, list.isTight(), quoted);
  }

  /** Moves an item that does not fit here, but fits on an empty page, to the next page. */
  private static void keepTogether(
      Node item, float gutter, Flow flow, Function<Flow, BlockRenderer> renderer) {
    Flow measuring = flow.measuring();
    measuring.indent(gutter, 0);
    renderer.apply(measuring).renderChildren(item);
    float height = measuring.used();
    if (height > flow.spaceLeft() && height <= flow.pageHeight()) {
      flow.newPage();
    }
  }

  /** Draws the marker on the baseline of the item's first line, without moving the flow. */
  private static void marker(
      String marker,
      TextStyle style,
      Node list,
      RenderContext context,
      Flow flow,
      float gutter,
      float leading) {
    if (flow.isMeasuring()) {
      return;
    }
    List<Chunk> chunks = context.glyphs().chunks(marker, style, i -> context.locator().of(list));
    ColumnText column = BlockRenderer.column(chunks, leading);
    column.setAlignment(Element.ALIGN_RIGHT);
    float top = flow.y();
    column.setSimpleColumn(flow.left(), top - 2 * leading, flow.left() + gutter - MARKER_GAP, top);
    flow.place(column, flow.leaf(PdfName.LBL));
  }

  private static float gutter(
      List<String> markers, TextStyle style, Node list, RenderContext context) {
    float gutter = Typography.LIST_INDENT;
    for (String marker : markers) {
      float width = 0;
      for (Chunk chunk : context.glyphs().chunks(marker, style, i -> context.locator().of(list))) {
        width += chunk.getWidthPoint();
      }
      gutter = Math.max(gutter, width + MARKER_GAP + 4f);
    }
    return gutter;
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
}

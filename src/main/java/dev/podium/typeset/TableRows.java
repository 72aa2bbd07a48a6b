package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Sets a table's rows down a flow, tagged Table, TR, TH and TD. A row moves whole to the next page
 * when it fits there, and the header rows repeat at the top of each page the table goes on to, as
 * artifacts: a screen reader has read them once already.
 */
final class TableRows {
  static final float PAD_SIDE = 4f;
  private static final float PAD_TOP = 2.5f;
  private static final float PAD_BOTTOM = 4f;
  private static final float ENDLESS = 1_000_000f;

  private final Flow flow;
  private final float[] widths;
  private final float leading;
  private List<TableRenderer.Row> header = List.of();
  private float headerHeight;

  /**
   * Rows for columns of {@code widths}, set from the flow's left edge.
   *
   * @param leading the distance between the baselines of a cell's lines
   */
  TableRows(Flow flow, float[] widths, float leading) {
    this.flow = flow;
    this.widths = widths.clone();
    this.leading = leading;
  }

  void render(List<TableRenderer.Row> rows) {
    header = rows.stream().filter(TableRenderer.Row::header).toList();
    headerHeight = 0;
    for (TableRenderer.Row row : header) {
      headerHeight += height(row);
    }
    List<TableRenderer.Row> body = rows.stream().filter(r -> !r.header()).toList();
    // The header stays with the first row, not alone at the foot of a page.
    float start = headerHeight + (body.isEmpty() ? 0 : height(body.get(0)));
    if (start > flow.spaceLeft() && start <= flow.pageHeight()) {
      flow.newPage();
    }
    flow.open(PdfName.TABLE);
    for (TableRenderer.Row row : header) {
      row(row, false);
    }
    for (int r = 0; r < body.size(); r++) {
      row(body.get(r), r == body.size() - 1);
    }
    flow.close();
  }

  private void row(TableRenderer.Row row, boolean last) {
    float height = height(row);
    if (!row.header() && height > flow.spaceLeft() && height <= flow.pageHeight() - headerHeight) {
      nextPage();
    }
    flow.open(StructureTree.TR);
    List<PdfStructureElement> cells = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      cells.add(row.header() ? flow.columnHeader() : flow.leaf(PdfName.TD));
    }
    draw(row, cells, last);
    flow.close();
  }

  /** Starts a new page and repeats the header rows on it. */
  private void nextPage() {
    flow.newPage();
    List<PdfStructureElement> artifacts = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      artifacts.add(null);
    }
    for (TableRenderer.Row row : header) {
      draw(row, artifacts, false);
    }
  }

  /** Draws a row, each cell as its element (or an artifact where null), over pages if need be. */
  private void draw(TableRenderer.Row row, List<PdfStructureElement> cells, boolean last) {
    float[] heights = cellHeights(row);
    float height = max(heights);
    List<ColumnText> columns = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      columns.add(column(row, c));
    }
    float top = flow.y();
    int idle = 0;
    while (true) {
      float floor = top - flow.spaceLeft();
      boolean more = false;
      boolean placed = false;
      float x = flow.left();
      for (int c = 0; c < widths.length; c++) {
        // Header labels sit on the rule beneath them.
        float drop = row.header() ? height - heights[c] : 0;
        ColumnText column = columns.get(c);
        column.setSimpleColumn(
            x + PAD_SIDE, floor + PAD_BOTTOM, x + widths[c] - PAD_SIDE, top - PAD_TOP - drop);
        more |= ColumnText.hasMoreText(flow.place(column, cells.get(c)));
        placed |= column.getLinesWritten() > 0;
        x += widths[c];
      }
      float bottom = more ? floor : top - height;
      rules(row, top, bottom, last && !more);
      flow.moveTo(bottom);
      if (!more) {
        return;
      }
      // A page may end too soon for a line, but a whole empty page must take one.
      idle = placed ? 0 : idle + 1;
      if (idle > 1) {
        throw new IllegalStateException("a table cell has a line taller than the page");
      }
      nextPage();
      top = flow.y();
    }
  }

  private void rules(TableRenderer.Row row, float top, float bottom, boolean last) {
    float left = flow.left();
    float right = left;
    for (float width : widths) {
      right += width;
    }
    if (row.header()) {
      flow.line(left, right, top, 0.8f, Typography.TEXT);
      flow.line(left, right, bottom, 0.5f, Typography.TEXT);
    } else if (last) {
      flow.line(left, right, bottom, 0.8f, Typography.TEXT);
    } else {
      flow.line(left, right, bottom, 0.4f, Typography.HAIRLINE);
    }
  }

  private float height(TableRenderer.Row row) {
    return max(cellHeights(row));
  }

  /** Each cell's height with its padding, set in a column that never ends. */
  private float[] cellHeights(TableRenderer.Row row) {
    float[] heights = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      ColumnText column = column(row, c);
      column.setSimpleColumn(0, -ENDLESS, widths[c] - 2 * PAD_SIDE, 0);
      try {
        column.go(true);
      } catch (DocumentException e) {
        throw new IllegalStateException("OpenPDF could not measure a table cell", e);
      }
      heights[c] = PAD_TOP + (column.getLinesWritten() > 0 ? -column.getYLine() : 0) + PAD_BOTTOM;
    }
    return heights;
  }

  private ColumnText column(TableRenderer.Row row, int c) {
    if (c >= row.cells().size()) {
      return BlockRenderer.column(List.of(), leading);
    }
    TableRenderer.Cell cell = row.cells().get(c);
    ColumnText column = BlockRenderer.column(cell.content(), leading);
    column.setAlignment(cell.alignment());
    // The first line sits just under the padding, as high as its letters reach, not a leading down.
    column.setUseAscender(true);
    return column;
  }

  private static float max(float[] values) {
    float max = 0;
    for (float value : values) {
      max = Math.max(max, value);
    }
    return max;
  }
}

package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;

/**
 * Sets a GFM table in the style of a printed book: rules above and below the header and at the end,
 * hairlines between rows, no vertical lines. Columns are as wide as their content needs; {@link
 * TableRows} sets the rows.
 */
final class TableRenderer {
  /** A URL can break after its punctuation, so it need not set its column's minimum width. */
  private static final float LONGEST_UNBREAKABLE_LINK = 40f;

  /** One cell's chunks and alignment. */
  record Cell(List<Chunk> content, int alignment) {}

  /** One row's cells, and whether it belongs to the header. */
  record Row(boolean header, List<Cell> cells) {}

  private TableRenderer() {}

  static void render(TableBlock block, boolean quoted, RenderContext context, Flow flow) {
    TextStyle style = Typography.body().withSize(Typography.TABLE_SIZE);
    List<Row> rows = rows(block, style, quoted, context);
    int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
    float[] widths = widths(rows, columns, flow.width());
    flow.gap(3f);
    new TableRows(flow, widths, style.size() * 1.3f).render(rows);
    flow.gap(Typography.PARAGRAPH_GAP + 3f);
  }

  private static List<Row> rows(
      TableBlock block, TextStyle style, boolean quoted, RenderContext context) {
    List<Row> rows = new ArrayList<>();
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      boolean header = section instanceof TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<Cell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (!(cell instanceof TableCell tableCell)) {
            throw context.unsupported(cell);
          }
          TextStyle look = header ? style.withBold() : style;
          List<Chunk> content = InlineRenderer.render(cell, look, null, quoted, context);
          cells.add(new Cell(content, alignment(tableCell)));
        }
        rows.add(new Row(header, cells));
      }
    }
    return rows;
  }

  private static float[] widths(List<Row> rows, int columns, float available) {
    float[] min = new float[columns];
    float[] max = new float[columns];
    for (Row row : rows) {
      for (int c = 0; c < row.cells().size(); c++) {
        float[] measured = measure(row.cells().get(c).content());
        // Header labels are short: keep each on one line unless it is very long.
        float unbroken = row.header() ? Math.min(measured[1], available * 0.3f) : measured[0];
        min[c] = Math.max(min[c], unbroken + 2 * TableRows.PAD_SIDE + 1f);
        max[c] = Math.max(max[c], measured[1] + 2 * TableRows.PAD_SIDE + 1f);
      }
    }
    return ColumnWidths.fit(min, max, available);
  }

  /** The widest word and the widest line of a cell, in points. */
  private static float[] measure(List<Chunk> chunks) {
    float widestWord = 0;
    float widestLine = 0;
    float line = 0;
    for (Chunk chunk : chunks) {
      if (chunk.getImage() != null) {
        float width = chunk.getImage().getScaledWidth();
        widestWord = Math.max(widestWord, width);
        line += width;
        continue;
      }
      var font = chunk.getFont();
      boolean link =
          chunk.hasAttributes()
              && LinkAnnotations.isLink((String) chunk.getChunkAttributes().get(Chunk.GENERICTAG));
      String[] lines = chunk.getContent().split("\n", -1);
      for (int l = 0; l < lines.length; l++) {
        if (l > 0) {
          widestLine = Math.max(widestLine, line);
          line = 0;
        }
        for (String word : lines[l].split(" ")) {
          float width = font.getBaseFont().getWidthPoint(word, font.getSize());
          float unbreakable = link ? Math.min(width, LONGEST_UNBREAKABLE_LINK) : width;
          widestWord = Math.max(widestWord, unbreakable);
        }
        line += font.getBaseFont().getWidthPoint(lines[l], font.getSize());
      }
    }
    return new float[] {widestWord, Math.max(widestLine, line)};
  }

  private static int alignment(TableCell cell) {
    if (cell.getAlignment() == null) {
      return Element.ALIGN_LEFT;
    }
    return switch (cell.getAlignment()) {
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case LEFT -> Element.ALIGN_LEFT;
    };
  }
}

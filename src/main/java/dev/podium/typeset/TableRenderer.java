package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Sets a GFM table in the style of a printed book: rules above and below the header and at the end,
 * hairlines between rows, no vertical lines. Columns are as wide as their content needs; the header
 * repeats on every page and a row moves whole to the next page when it fits there.
 */
final class TableRenderer {
  private static final float PAD_SIDE = 4f;

  /** A URL can break after its punctuation, so it need not set its column's minimum width. */
  private static final float LONGEST_UNBREAKABLE_LINK = 40f;

  /** One row's cells as chunks, and whether it belongs to the header. */
  private record Row(boolean header, List<TableCell> cells, List<List<Chunk>> content) {}

  private TableRenderer() {}

  static PdfPTable render(TableBlock block, RenderContext context) {
    TextStyle style = Typography.body().withSize(Typography.TABLE_SIZE);
    Font font = context.glyphs().font(style);
    List<Row> rows = rows(block, style, context);
    int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
    float[] widths = widths(rows, columns, context.textWidth());
    PdfPTable table = new PdfPTable(widths);
    // A percentage rather than a fixed width, so a table inside a list item fits its cell too.
    table.setWidthPercentage(Math.max(1f, 100f * sum(widths) / context.textWidth()));
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setHeaderRows((int) rows.stream().filter(Row::header).count());
    table.setSplitLate(true);
    table.setSplitRows(true);
    table.setSpacingBefore(3f);
    table.setSpacingAfter(Typography.PARAGRAPH_GAP + 3f);
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      boolean last = r == rows.size() - 1;
      for (int c = 0; c < columns; c++) {
        List<Chunk> content = c < row.content().size() ? row.content().get(c) : List.of();
        TableCell cell = c < row.cells().size() ? row.cells().get(c) : null;
        table.addCell(cell(content, cell, row.header(), last, style, font));
      }
    }
    return table;
  }

  private static List<Row> rows(TableBlock block, TextStyle style, RenderContext context) {
    List<Row> rows = new ArrayList<>();
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      boolean header = section instanceof TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<TableCell> cells = new ArrayList<>();
        List<List<Chunk>> content = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (!(cell instanceof TableCell tableCell)) {
            throw context.unsupported(cell);
          }
          cells.add(tableCell);
          TextStyle look = header ? style.withBold() : style;
          content.add(InlineRenderer.render(cell, look, null, context));
        }
        rows.add(new Row(header, cells, content));
      }
    }
    return rows;
  }

  private static float sum(float[] values) {
    float sum = 0;
    for (float value : values) {
      sum += value;
    }
    return sum;
  }

  private static float[] widths(List<Row> rows, int columns, float available) {
    float[] min = new float[columns];
    float[] max = new float[columns];
    for (Row row : rows) {
      for (int c = 0; c < row.content().size(); c++) {
        float[] measured = measure(row.content().get(c));
        // Header labels are short: keep each on one line unless it is very long.
        float unbroken = row.header() ? Math.min(measured[1], available * 0.3f) : measured[0];
        min[c] = Math.max(min[c], unbroken + 2 * PAD_SIDE + 1f);
        max[c] = Math.max(max[c], measured[1] + 2 * PAD_SIDE + 1f);
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
      boolean link = chunk.hasAttributes() && chunk.getChunkAttributes().containsKey(Chunk.ACTION);
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

  private static PdfPCell cell(
      List<Chunk> content,
      TableCell source,
      boolean header,
      boolean last,
      TextStyle style,
      Font font) {
    Phrase phrase = new Phrase();
    phrase.setFont(font);
    phrase.addAll(content);
    PdfPCell cell = new PdfPCell(phrase);
    cell.setLeading(style.size() * 1.3f, 0);
    cell.setPaddingLeft(PAD_SIDE);
    cell.setPaddingRight(PAD_SIDE);
    cell.setPaddingTop(2.5f);
    cell.setPaddingBottom(4f);
    cell.setUseAscender(true);
    cell.setHorizontalAlignment(alignment(source));
    if (header) {
      cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
      cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
      cell.setBorderWidthTop(0.8f);
      cell.setBorderWidthBottom(0.5f);
      cell.setBorderColor(Typography.TEXT);
    } else {
      cell.setBorder(Rectangle.BOTTOM);
      cell.setBorderWidthBottom(last ? 0.8f : 0.4f);
      cell.setBorderColorBottom(last ? Typography.TEXT : Typography.HAIRLINE);
    }
    return cell;
  }

  private static int alignment(TableCell cell) {
    if (cell == null || cell.getAlignment() == null) {
      return Element.ALIGN_LEFT;
    }
    return switch (cell.getAlignment()) {
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case LEFT -> Element.ALIGN_LEFT;
    };
  }
}

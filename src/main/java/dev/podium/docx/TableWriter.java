package dev.podium.docx;

import dev.podium.typeset.ColumnWidths;
import dev.podium.typeset.PlainText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a GFM table as a Word table: the header row bold and shaded, repeated on each page; each
 * row kept whole on a page; columns as wide as their text needs, shared out the way the PDF shares
 * them (the widths are estimated from the number of characters, as the fonts Word will use are not
 * known here).
 */
final class TableWriter {
  /**
   * Word's default left and right cell margins together (10.8 points), the borders, and a little to
   * spare for a word processor that sets text wider than measured, in points.
   */
  private static final float PADDING = 14f;

  private static final String HEADER_SHADE = "E7E6E6";

  private TableWriter() {}

  static void write(TableBlock block, DocxContext context) {
    List<List<TableCell>> rows = new ArrayList<>();
    int headerRows = 0;
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add((TableCell) cell);
        }
        rows.add(cells);
        if (section instanceof TableHead) {
          headerRows++;
        }
      }
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    if (columns == 0) {
      return;
    }
    int[] widths = widths(rows, headerRows, columns, context.textWidth());

    XWPFTable table = context.document().createTable(rows.size(), columns);
    table.setWidth(Integer.toString(sum(widths)));
    CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().addNewTblGrid();
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (int r = 0; r < rows.size(); r++) {
      boolean header = r < headerRows;
      XWPFTableRow row = table.getRow(r);
      row.setCantSplitRow(true);
      if (header) {
        row.setRepeatHeader(true);
      }
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(Integer.toString(widths[c]));
        if (header) {
          cell.setColor(HEADER_SHADE);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(VerbatimStyles.TABLE);
        if (c < rows.get(r).size()) {
          TableCell source = rows.get(r).get(c);
          p.setAlignment(alignment(source.getAlignment()));
          RunWriter.Look look =
              header ? new RunWriter.Look(true, false, null, false) : RunWriter.Look.PLAIN;
          RunWriter.write(source, p, context, look, false, null);
        }
      }
    }
  }

  /** The widths of the columns in twentieths of a point, from the text of their cells. */
  private static int[] widths(
      List<List<TableCell>> rows, int headerRows, int columns, float available) {
    float[] min = new float[columns];
    float[] max = new float[columns];
    for (int r = 0; r < rows.size(); r++) {
      boolean bold = r < headerRows;
      List<TableCell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String text = PlainText.of(row.get(c));
        for (String word : text.split("\\s+")) {
          min[c] = Math.max(min[c], TextWidths.of(word, VerbatimStyles.TABLE_SIZE, bold) + PADDING);
        }
        max[c] = Math.max(max[c], TextWidths.of(text, VerbatimStyles.TABLE_SIZE, bold) + PADDING);
      }
    }
    float[] fitted = ColumnWidths.fit(min, max, available);
    int[] twips = new int[columns];
    for (int c = 0; c < columns; c++) {
      twips[c] = Math.round(fitted[c] * 20);
    }
    return twips;
  }

  private static int sum(int[] values) {
    int sum = 0;
    for (int value : values) {
      sum += value;
    }
    return sum;
  }

  private static ParagraphAlignment alignment(TableCell.Alignment alignment) {
    if (alignment == null) {
      return ParagraphAlignment.LEFT;
    }
    return switch (alignment) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
    };
  }
}

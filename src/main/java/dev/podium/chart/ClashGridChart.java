package dev.podium.chart;

import dev.podium.chart.ClashGrid.Tone;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The clash grid: the stance × speaker matrix as coloured cells, each carrying its words (the side
 * and the number of records), so that colour only repeats what the cell says.
 */
public final class ClashGridChart {
  private static final int MAX_WIDTH = 460;
  private static final double MAX_CELL = 130;
  private static final double ROW = 24;
  private static final double HEADER = 18;
  private static final double PADDING = 4;
  private static final double LABEL_GAP = 8;
  private static final double CELL_TEXT_MARGIN = 8;
  private static final float LABEL_SIZE = 9f;
  private static final Tone[] TONES = Tone.values();

  private ClashGridChart() {}

  /** The fill of a cell: blue and orange differ for colour-blind readers and in grey. */
  private static Color fill(Tone tone) {
    return switch (tone) {
      case FOR -> Palette.BLUE;
      case AGAINST -> Palette.ORANGE;
      case UNDECIDED -> Palette.PALE;
      case SILENT -> Palette.BAND;
    };
  }

  /** The colour of a cell's words, dark or light enough to read on its fill. */
  private static Color text(Tone tone) {
    return switch (tone) {
      case FOR -> Palette.WHITE;
      case AGAINST, UNDECIDED -> Palette.INK;
      case SILENT -> Palette.MUTED;
    };
  }

  /** The chart of {@code grid}, lettered in {@code fonts}. */
  public static Chart create(ClashGrid grid, ChartFonts fonts) {
    Font labelFont = fonts.regular(LABEL_SIZE);
    double left =
        Math.min(
                Labels.widest(grid.rows().stream().map(ClashGrid.Row::label).toList(), labelFont),
                MAX_WIDTH * 0.42)
            + LABEL_GAP;
    double cell = Math.min(MAX_CELL, (MAX_WIDTH - 2 * PADDING - left) / grid.speakers().size());
    Font cellFont = cellFont(grid, fonts, cell);
    int width = (int) Math.ceil(left + cell * grid.speakers().size() + 2 * PADDING);
    int height = (int) Math.ceil(grid.rows().size() * ROW + HEADER + 2 * PADDING);

    List<List<String>> texts = new ArrayList<>();
    XYPlot plot = new XYPlot();
    plot.setDataset(dataset(grid, texts));
    plot.setRenderer(renderer(texts, cellFont));
    plot.setDomainAxis(speakerAxis(grid, labelFont, cell));
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setRangeAxis(stanceAxis(grid, labelFont, left - LABEL_GAP));
    plot.setFixedDomainAxisSpace(ChartLook.space(HEADER, 0, 0, 0));
    plot.setFixedRangeAxisSpace(ChartLook.space(0, left, 0, 0));
    ChartLook.plain(plot);
    return new Chart(ChartLook.chart(plot, PADDING), width, height);
  }

  /**
   * A series per tone, so that each tone has its own text colour; {@code texts} receives each
   * item's words, series by series.
   */
  private static DefaultXYZDataset dataset(ClashGrid grid, List<List<String>> texts) {
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    for (Tone tone : TONES) {
      List<double[]> cells = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int row = 0; row < grid.rows().size(); row++) {
        List<ClashGrid.Cell> cellsOfRow = grid.rows().get(row).cells();
        for (int column = 0; column < cellsOfRow.size(); column++) {
          if (cellsOfRow.get(column).tone() == tone) {
            cells.add(new double[] {column, row, tone.ordinal()});
            words.add(cellsOfRow.get(column).text());
          }
        }
      }
      double[][] series = new double[3][cells.size()];
      for (int i = 0; i < cells.size(); i++) {
        for (int k = 0; k < 3; k++) {
          series[k][i] = cells.get(i)[k];
        }
      }
      dataset.addSeries(tone.name(), series);
      texts.add(words);
    }
    return dataset;
  }

  private static XYBlockRenderer renderer(List<List<String>> texts, Font font) {
    XYBlockRenderer renderer = new XYBlockRenderer();
    // A little less than a whole unit: white gaps between the cells.
    renderer.setBlockWidth(0.97);
    renderer.setBlockHeight(0.88);
    LookupPaintScale fills = new LookupPaintScale(0, TONES.length, Palette.WHITE);
    for (Tone tone : TONES) {
      fills.add(tone.ordinal(), fill(tone));
      renderer.setSeriesItemLabelPaint(tone.ordinal(), text(tone));
    }
    renderer.setPaintScale(fills);
    renderer.setDefaultItemLabelGenerator((dataset, series, item) -> texts.get(series).get(item));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(font);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    return renderer;
  }

  /** Bold cell words, smaller when the widest would not fit its cell. */
  private static Font cellFont(ClashGrid grid, ChartFonts fonts, double cell) {
    Font font = fonts.bold(LABEL_SIZE);
    double widest =
        Labels.widest(
            grid.rows().stream()
                .flatMap(r -> r.cells().stream())
                .map(ClashGrid.Cell::text)
                .toList(),
            font);
    double room = cell - CELL_TEXT_MARGIN;
    // Whole point sizes: SVG viewers and the PDF then agree on the size.
    return widest <= room
        ? font
        : fonts.bold((float) Math.max(5, Math.floor(LABEL_SIZE * room / widest)));
  }

  private static SymbolAxis speakerAxis(ClashGrid grid, Font font, double cell) {
    return ChartLook.labels(
        grid.speakers().stream()
            .map(s -> Labels.fit(s, font, cell - LABEL_GAP))
            .toArray(String[]::new),
        font);
  }

  private static SymbolAxis stanceAxis(ClashGrid grid, Font font, double room) {
    SymbolAxis axis =
        ChartLook.labels(
            grid.rows().stream().map(r -> Labels.fit(r.label(), font, room)).toArray(String[]::new),
            font);
    axis.setInverted(true);
    return axis;
  }
}

package dev.podium.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The evidence profile: a row per stance, a column per year, and in each cell a dot per record,
 * filled when the speaker wrote it, half filled when its author list is cut short before his name
 * could show, and open when it is not his. Position and fill carry the meaning, so it reads the
 * same in grey and to colour-blind readers.
 */
public final class EvidenceProfileChart {
  /** Wide enough to read, narrow enough for the text block of A4 and Letter alike. */
  static final int WIDTH = 460;

  private static final float LABEL_SIZE = 8f;
  private static final double PADDING = 4;
  private static final double YEAR_AXIS = 16;
  private static final double LABEL_GAP = 8;

  /** Room at the right for the last year's dots to breathe. */
  private static final double RIGHT = 6;

  private static final int AUTHORED = 0;
  private static final int NOT_SHOWN = 1;
  private static final int OTHERS = 2;

  private EvidenceProfileChart() {}

  /** The chart of {@code data}, lettered in {@code fonts}. */
  public static Chart create(ProfileData data, ChartFonts fonts) {
    Font labelFont = fonts.regular(LABEL_SIZE);
    double labels =
        Math.min(
            Labels.widest(data.rows().stream().map(ProfileData.Row::label).toList(), labelFont),
            WIDTH * 0.48);
    double left = labels + LABEL_GAP;
    double cellWidth = (WIDTH - 2 * PADDING - left - RIGHT) / data.yearCount();
    DotLayout dots = DotLayout.fit(fullest(data), cellWidth);
    int height = (int) Math.ceil(data.rows().size() * dots.rowHeight() + YEAR_AXIS + 2 * PADDING);
    double rowHeight = (height - YEAR_AXIS - 2 * PADDING) / data.rows().size();

    XYPlot plot = new XYPlot();
    plot.setDataset(dataset(data, dots, cellWidth, rowHeight));
    plot.setRenderer(renderer(dots));
    plot.setDomainAxis(yearAxis(data, labelFont));
    plot.setRangeAxis(stanceAxis(data, labelFont, labels));
    plot.setFixedRangeAxisSpace(ChartLook.space(0, left, 0, RIGHT));
    plot.setFixedDomainAxisSpace(ChartLook.space(0, 0, YEAR_AXIS, 0));
    separateYears(plot, data.yearCount());
    ChartLook.plain(plot);
    return new Chart(ChartLook.chart(plot, PADDING), WIDTH, height);
  }

  /** The most records in any one cell. */
  private static int fullest(ProfileData data) {
    return data.rows().stream()
        .flatMap(r -> r.years().stream())
        .mapToInt(ProfileData.Cell::records)
        .max()
        .orElse(0);
  }

  /**
   * Three series, the speaker's records, those that cannot say and the others, each dot at its
   * record's place, in that order within a cell.
   */
  private static XYSeriesCollection dataset(
      ProfileData data, DotLayout dots, double cellWidth, double rowHeight) {
    XYSeries authored = new XYSeries("authored", false, true);
    XYSeries notShown = new XYSeries("not shown", false, true);
    XYSeries others = new XYSeries("others", false, true);
    for (int row = 0; row < data.rows().size(); row++) {
      List<ProfileData.Cell> cells = data.rows().get(row).years();
      for (int year = 0; year < cells.size(); year++) {
        ProfileData.Cell cell = cells.get(year);
        List<Point2D> offsets = dots.offsets(cell.records());
        for (int i = 0; i < offsets.size(); i++) {
          // Offsets are in points; the axes count one unit per year and per stance.
          double x = year + offsets.get(i).getX() / cellWidth;
          double y = row + offsets.get(i).getY() / rowHeight;
          XYSeries series =
              i < cell.authored()
                  ? authored
                  : i < cell.authored() + cell.notShown() ? notShown : others;
          series.add(x, y);
        }
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(authored);
    dataset.addSeries(notShown);
    dataset.addSeries(others);
    return dataset;
  }

  private static XYLineAndShapeRenderer renderer(DotLayout dots) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    double d = dots.diameter();
    Ellipse2D dot = new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    renderer.setUseFillPaint(true);
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);
    for (int series : new int[] {AUTHORED, NOT_SHOWN, OTHERS}) {
      renderer.setSeriesShape(series, dot);
      renderer.setSeriesShapesFilled(series, true);
      renderer.setSeriesOutlineStroke(series, new BasicStroke(1f));
    }
    renderer.setSeriesFillPaint(AUTHORED, Palette.BLUE);
    renderer.setSeriesOutlinePaint(AUTHORED, Palette.DARK_BLUE);
    renderer.setSeriesShape(NOT_SHOWN, halfFilled(d));
    renderer.setSeriesFillPaint(NOT_SHOWN, Palette.BLUE);
    renderer.setSeriesOutlinePaint(NOT_SHOWN, Palette.DARK_BLUE);
    // An open dot is filled white, so it stays open over the shaded rows.
    renderer.setSeriesFillPaint(OTHERS, Palette.WHITE);
    renderer.setSeriesOutlinePaint(OTHERS, Palette.MUTED);
    return renderer;
  }

  /**
   * A dot whose lower half is filled: the circle and its upper half in one even-odd path, so the
   * upper half is inside twice and stays empty, and the outline shows the whole circle and the line
   * between the halves.
   */
  private static Shape halfFilled(double d) {
    Path2D.Double shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    shape.append(new Ellipse2D.Double(-d / 2, -d / 2, d, d), false);
    shape.append(new Arc2D.Double(-d / 2, -d / 2, d, d, 0, 180, Arc2D.CHORD), false);
    return shape;
  }

  private static SymbolAxis yearAxis(ProfileData data, Font font) {
    String[] years =
        IntStream.range(0, data.yearCount()).mapToObj(data::columnLabel).toArray(String[]::new);
    SymbolAxis axis = ChartLook.labels(years, font);
    axis.setAxisLineVisible(true);
    axis.setAxisLinePaint(Palette.RULE);
    return axis;
  }

  private static SymbolAxis stanceAxis(ProfileData data, Font font, double room) {
    SymbolAxis axis =
        ChartLook.labels(
            data.rows().stream().map(r -> Labels.fit(r.label(), font, room)).toArray(String[]::new),
            font);
    // The first stance at the top.
    axis.setInverted(true);
    // Shaded bands every other row guide the eye from a label along its dots.
    axis.setGridBandsVisible(true);
    axis.setGridBandPaint(Palette.BAND);
    axis.setGridBandAlternatePaint(Palette.WHITE);
    return axis;
  }

  /** Thin rules between the years, behind the dots. */
  private static void separateYears(XYPlot plot, int years) {
    for (int i = 0; i + 1 < years; i++) {
      ValueMarker rule = new ValueMarker(i + 0.5, Palette.RULE, new BasicStroke(0.5f));
      plot.addDomainMarker(rule, Layer.BACKGROUND);
    }
  }
}

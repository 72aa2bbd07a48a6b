package dev.podium.chart;

import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The evidence profile: records per year stacked by stance, each bar segment labelled with its
 * count, and a dot per year for how many of that year's records the speaker wrote.
 */
public final class EvidenceProfileChart {
  private EvidenceProfileChart() {}

  /** The chart, drawn with the given font family so it matches the document's text. */
  public static JFreeChart create(ProfileData data, String fontFamily) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset authored = new DefaultCategoryDataset();
    for (int y = 0; y < data.years().size(); y++) {
      String year = String.valueOf(data.years().get(y));
      int mine = 0;
      for (ProfileData.Row row : data.rows()) {
        bars.addValue(row.counts().get(y), row.label(), year);
        mine += row.authored().get(y);
      }
      authored.addValue(mine == 0 ? null : mine, data.speaker(), year);
    }

    CategoryPlot plot = new CategoryPlot();
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDataset(0, bars);
    plot.setRenderer(0, barRenderer(data.rows().size(), fontFamily));
    plot.setDataset(1, authored);
    plot.setRenderer(1, dotRenderer(fontFamily));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setDomainAxis(new CategoryAxis());
    NumberAxis counts = new NumberAxis("records");
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.setRangeAxis(counts);
    style(plot, fontFamily);

    JFreeChart chart = new JFreeChart(null, new Font(fontFamily, Font.PLAIN, 10), plot, true);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    chart.setAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(new Font(fontFamily, Font.PLAIN, 9));
    return chart;
  }

  private static StackedBarRenderer barRenderer(int series, String fontFamily) {
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setMaximumBarWidth(0.08);
    for (int i = 0; i < series; i++) {
      renderer.setSeriesPaint(i, Palette.series(i));
      renderer.setSeriesOutlinePaint(i, java.awt.Color.WHITE);
      renderer.setSeriesOutlineStroke(i, Palette.OUTLINE);
    }
    // Counts on the bars: the chart reads without colour.
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT)) {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        Number value = dataset.getValue(row, column);
        return value == null || value.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(fontFamily, Font.BOLD, 8));
    renderer.setDefaultItemLabelPaint(java.awt.Color.WHITE);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    return renderer;
  }

  private static LineAndShapeRenderer dotRenderer(String fontFamily) {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Palette.INK);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(fontFamily, Font.PLAIN, 8));
    renderer.setDefaultItemLabelPaint(Palette.INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    return renderer;
  }

  static void style(CategoryPlot plot, String fontFamily) {
    plot.setBackgroundPaint(java.awt.Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setDomainGridlinesVisible(false);
    Font ticks = new Font(fontFamily, Font.PLAIN, 9);
    plot.getDomainAxis().setTickLabelFont(ticks);
    plot.getRangeAxis().setTickLabelFont(ticks);
    plot.getRangeAxis().setLabelFont(ticks);
    plot.getDomainAxis().setTickLabelPaint(Palette.INK);
    plot.getRangeAxis().setTickLabelPaint(Palette.INK);
  }

  /** The years from the first to the last, with none missing. */
  public static List<Integer> yearsBetween(int first, int last) {
    return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
  }
}

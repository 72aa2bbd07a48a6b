package dev.podium.chart;

import java.awt.Font;
import java.awt.RenderingHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** What every chart shares: a white ground, no frame, quiet axes, and text measured alike. */
final class ChartLook {
  private ChartLook() {}

  /** A plot with no background, frame or grid lines of its own, filling its area. */
  static void plain(XYPlot plot) {
    plot.setBackgroundPaint(Palette.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /** Labels in the chart's font, without tick marks or an axis line. */
  static void ticks(ValueAxis axis, Font font) {
    axis.setTickLabelFont(font);
    axis.setTickLabelPaint(Palette.INK);
    axis.setTickMarksVisible(false);
    axis.setAxisLineVisible(false);
  }

  /**
   * An axis of one labelled unit per item, centred on whole numbers, in the chart's font and
   * without bands; callers add bands or a line where their chart wants them.
   */
  static SymbolAxis labels(String[] labels, Font font) {
    SymbolAxis axis = new SymbolAxis(null, labels);
    axis.setRange(-0.5, labels.length - 0.5);
    axis.setGridBandsVisible(false);
    ticks(axis, font);
    return axis;
  }

  /** Room fixed for axes at the plot's sides, in points, so the plot's size is known ahead. */
  static AxisSpace space(double top, double left, double bottom, double right) {
    AxisSpace space = new AxisSpace();
    space.setTop(top);
    space.setLeft(left);
    space.setBottom(bottom);
    space.setRight(right);
    return space;
  }

  /** The chart around the plot: no title, no legend, white, with a little padding. */
  static JFreeChart chart(XYPlot plot, double padding) {
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Palette.WHITE);
    chart.setPadding(new RectangleInsets(padding, padding, padding, padding));
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    // Fractional metrics: the SVG and PDF graphics then measure text as ChartFonts does.
    chart
        .getRenderingHints()
        .put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return chart;
  }
}

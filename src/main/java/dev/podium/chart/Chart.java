package dev.podium.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * A chart and the size it is drawn at, in points (the SVG's user units). The same object is drawn
 * into the SVG file and into the PDF, so both show the same picture.
 */
public record Chart(JFreeChart chart, int width, int height) {
  public Chart {
    if (chart == null || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a chart needs a plot and a positive size");
    }
  }

  /** Draws the chart into {@code area}; not thread-safe, as JFreeChart is not. */
  public void draw(Graphics2D g, Rectangle2D area) {
    chart.draw(g, area);
  }
}

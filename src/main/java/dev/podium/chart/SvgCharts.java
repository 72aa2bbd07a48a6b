package dev.podium.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Draws charts as SVG documents, the same bytes for the same chart. */
public final class SvgCharts {
  private SvgCharts() {}

  public static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    // The default key prefix holds the clock; a fixed one keeps the file reproducible.
    g2.setDefsKeyPrefix("podium");
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    chart.draw(g2, new java.awt.Rectangle(0, 0, width, height));
    // The element alone: a DOCTYPE would send XML tools to fetch a DTD from the network.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
  }
}

package dev.podium.chart;

import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Draws charts as SVG documents, the same bytes for the same chart. */
public final class SvgCharts {
  private SvgCharts() {}

  /** The chart as a standalone SVG file: text as text, scalable through its view box. */
  public static String svg(Chart chart) {
    return svg(chart, "podium");
  }

  /**
   * The same, with every id in it starting with {@code idPrefix}, so that several charts can stand
   * in one HTML page without their clip paths taking each other's.
   */
  public static String svg(Chart chart, String idPrefix) {
    SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
    // The default key prefix holds the clock; a fixed one keeps the file reproducible.
    g2.setDefsKeyPrefix(idPrefix);
    // Text stays text, so it can be searched and read aloud; viewers without the brief's font
    // fall back to another serif.
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    g2.setFontFunction(family -> family + ", serif");
    // Hundredths of a point are finer than any printer or screen shows; shorter numbers make
    // smaller files and readable diffs.
    g2.setGeomDoubleConverter(SvgCharts::number);
    g2.setTransformDoubleConverter(SvgCharts::number);
    chart.draw(g2, new Rectangle(0, 0, chart.width(), chart.height()));
    String element =
        g2.getSVGElement(null, true, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
    // The element alone: a DOCTYPE would send XML tools to fetch a DTD from the network. A tag
    // per line makes a changed chart a readable diff; JFreeSVG escapes '<' and '>' in text, so
    // "><" only ever joins two tags.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.replace("><", ">\n<") + "\n";
  }

  /** A coordinate to two decimals, without trailing zeros, the same in every locale. */
  static String number(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }
}

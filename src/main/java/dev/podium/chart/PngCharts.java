package dev.podium.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws charts as PNG images, for formats that cannot show vector graphics everywhere (the DOCX).
 * The same chart and resolution give the same bytes on the same JDK; Java 2D's rasteriser may set
 * edge pixels differently on another.
 */
public final class PngCharts {
  private PngCharts() {}

  /**
   * The chart on a white ground at {@code dpi} pixels per inch (its size is in points, 72 to the
   * inch), anti-aliased as it prints.
   */
  public static byte[] png(Chart chart, int dpi) {
    if (dpi < 72 || dpi > 1200) {
      throw new IllegalArgumentException("dpi must be between 72 and 1200, was " + dpi);
    }
    double scale = dpi / 72.0;
    int width = (int) Math.ceil(chart.width() * scale);
    int height = (int) Math.ceil(chart.height() * scale);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG in memory", e);
    }
    return out.toByteArray();
  }
}

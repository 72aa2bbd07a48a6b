package dev.podium.chart;

import java.awt.Font;

/** Fits label text into the room a chart has for it. */
final class Labels {
  static final String ELLIPSIS = "…";

  private Labels() {}

  /**
   * The text, shortened with an ellipsis when it is wider than {@code room}: the brief's text and
   * the image's alt text carry it in full.
   */
  static String fit(String text, Font font, double room) {
    if (ChartFonts.width(text, font) <= room) {
      return text;
    }
    int end = text.length();
    while (end > 1 && ChartFonts.width(text.substring(0, end).strip() + ELLIPSIS, font) > room) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end).strip() + ELLIPSIS;
  }

  /** The width of the widest of the texts. */
  static double widest(Iterable<String> texts, Font font) {
    double widest = 0;
    for (String text : texts) {
      widest = Math.max(widest, ChartFonts.width(text, font));
    }
    return widest;
  }
}

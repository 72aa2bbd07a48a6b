package dev.podium.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * The Okabe–Ito colours, chosen to stay distinct for colour-blind readers, ordered so that
 * neighbours also differ in lightness when printed in grey. Charts never rely on colour alone:
 * bars carry their counts as labels.
 */
final class Palette {
  static final List<Color> SERIES =
      List.of(
          new Color(0x00, 0x72, 0xB2), // blue
          new Color(0xE6, 0x9F, 0x00), // orange
          new Color(0x00, 0x9E, 0x73), // bluish green
          new Color(0xCC, 0x79, 0xA7), // reddish purple
          new Color(0x56, 0xB4, 0xE9), // sky blue
          new Color(0xD5, 0x5E, 0x00), // vermilion
          new Color(0xF0, 0xE4, 0x42)); // yellow

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Stroke OUTLINE = new BasicStroke(0.8f);

  private Palette() {}

  static Color series(int index) {
    return SERIES.get(index % SERIES.size());
  }
}

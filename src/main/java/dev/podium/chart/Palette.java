package dev.podium.chart;

import java.awt.Color;

/**
 * The colours charts use: from the Okabe–Ito palette, which stays distinct for colour-blind
 * readers, picked so that what they tell apart also differs in lightness when printed in grey. No
 * chart relies on colour alone: dots are filled or open, grid cells carry their words.
 */
final class Palette {
  /** Okabe–Ito blue; dark in grey (about 35% lightness). */
  static final Color BLUE = new Color(0x00, 0x72, 0xB2);

  static final Color DARK_BLUE = new Color(0x00, 0x4C, 0x78);

  /** Okabe–Ito orange; light in grey (about 65% lightness), far from the blue. */
  static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x5F, 0x5F, 0x5F);
  static final Color PALE = new Color(0xD9, 0xD9, 0xD9);
  static final Color BAND = new Color(0xF2, 0xF2, 0xEF);
  static final Color RULE = new Color(0xC8, 0xC8, 0xC8);
  static final Color WHITE = Color.WHITE;

  private Palette() {}
}

package dev.podium.typeset;

import java.awt.Color;

/** The measurements and colours of a brief's page, in points: one place to tune the look. */
final class Typography {
  static final float MARGIN_SIDE = 66f;
  static final float MARGIN_TOP = 70f;
  static final float MARGIN_BOTTOM = 66f;

  /** Distance of the running header's baseline above the text block. */
  static final float HEADER_RAISE = 24f;

  /** Distance of the footer's baseline below the text block. */
  static final float FOOTER_DROP = 30f;

  static final float BODY_SIZE = 10f;
  static final float LEADING = 1.38f;
  static final float PARAGRAPH_GAP = 5.5f;
  static final float TIGHT_GAP = 2.5f;
  static final float CODE_SCALE = 0.86f;
  static final float FURNITURE_SIZE = 8f;
  static final float TABLE_SIZE = 8.2f;
  static final float LIST_INDENT = 14f;

  /** Heading sizes for levels 1 to 6 (the last three share a size). */
  private static final float[] HEADING_SIZES = {19f, 13.5f, 11f, 10f, 10f, 10f};

  static final Color TEXT = new Color(0x1c, 0x1c, 0x1c);
  static final Color HEADING = new Color(0x12, 0x2b, 0x4a);
  static final Color LINK = new Color(0x1a, 0x4f, 0x8f);
  static final Color MUTED = new Color(0x5f, 0x5f, 0x5f);
  static final Color RULE = new Color(0x9a, 0x9a, 0x9a);
  static final Color HAIRLINE = new Color(0xd4, 0xd4, 0xd4);
  static final Color SHADE = new Color(0xf1, 0xf1, 0xef);
  static final Color QUOTE_BAR = new Color(0xa8, 0xb8, 0xcc);

  private Typography() {}

  static float headingSize(int level) {
    return HEADING_SIZES[Math.min(Math.max(level, 1), HEADING_SIZES.length) - 1];
  }

  static TextStyle body() {
    return new TextStyle(BODY_SIZE, false, false, false, TEXT);
  }
}

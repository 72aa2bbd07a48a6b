package dev.podium.typeset;

import java.awt.Color;

/** How a run of text looks: size, weight, slant, whether it is code, its colour and underline. */
record TextStyle(
    float size, boolean bold, boolean italic, boolean mono, Color color, boolean underline) {

  /** A style without underline. */
  TextStyle(float size, boolean bold, boolean italic, boolean mono, Color color) {
    this(size, bold, italic, mono, color, false);
  }

  TextStyle withBold() {
    return new TextStyle(size, true, italic, mono, color, underline);
  }

  TextStyle withItalic() {
    return new TextStyle(size, bold, true, mono, color, underline);
  }

  /** Code is set a little smaller so that mono text matches the serif's visual size. */
  TextStyle asCode() {
    return new TextStyle(size * Typography.CODE_SCALE, bold, italic, true, color, underline);
  }

  TextStyle withColor(Color newColor) {
    return new TextStyle(size, bold, italic, mono, newColor, underline);
  }

  TextStyle withSize(float newSize) {
    return new TextStyle(newSize, bold, italic, mono, color, underline);
  }

  TextStyle withUnderline() {
    return new TextStyle(size, bold, italic, mono, color, true);
  }
}

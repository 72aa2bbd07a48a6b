package dev.podium.typeset;

import java.awt.Color;

/** How a run of text looks: size, weight, slant, whether it is code, and its colour. */
record TextStyle(float size, boolean bold, boolean italic, boolean mono, Color color) {

  TextStyle withBold() {
    return new TextStyle(size, true, italic, mono, color);
  }

  TextStyle withItalic() {
    return new TextStyle(size, bold, true, mono, color);
  }

  /** Code is set a little smaller so that mono text matches the serif's visual size. */
  TextStyle asCode() {
    return new TextStyle(size * Typography.CODE_SCALE, bold, italic, true, color);
  }

  TextStyle withColor(Color newColor) {
    return new TextStyle(size, bold, italic, mono, newColor);
  }

  TextStyle withSize(float newSize) {
    return new TextStyle(newSize, bold, italic, mono, color);
  }
}

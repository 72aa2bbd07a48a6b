package dev.podium.typeset;

/** The paper sizes a brief can be typeset on, in PostScript points (1/72 inch). */
public enum Paper {
  A4(595.28f, 841.89f),
  LETTER(612f, 792f);

  private final float width;
  private final float height;

  Paper(float width, float height) {
    this.width = width;
    this.height = height;
  }

  public float width() {
    return width;
  }

  public float height() {
    return height;
  }
}

package dev.podium.typeset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

  /** The paper named {@code name} (case-insensitive), or {@code null} if there is none. */
  public static Paper parse(String name) {
    for (Paper paper : values()) {
      if (paper.name().equalsIgnoreCase(name)) {
        return paper;
      }
    }
    return null;
  }

  /** The names {@link #parse} accepts, for messages: {@code a4, letter}. */
  public static String names() {
    return Arrays.stream(values())
        .map(p -> p.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}

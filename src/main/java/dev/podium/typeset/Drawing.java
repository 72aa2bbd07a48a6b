package dev.podium.typeset;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A picture drawn with Java 2D, such as a chart, that the typesetter sets as vector graphics where
 * the Markdown shows an image of its name. Its text is set in the document's embedded fonts.
 *
 * @param width the natural width in points; the picture is shrunk, never enlarged, to fit
 * @param height the natural height in points
 * @param painter draws the picture into the given area of the graphics
 */
public record Drawing(float width, float height, BiConsumer<Graphics2D, Rectangle2D> painter) {
  public Drawing {
    if (!(width > 0 && height > 0)) {
      throw new IllegalArgumentException("a drawing needs a positive size");
    }
    Objects.requireNonNull(painter, "painter");
  }
}

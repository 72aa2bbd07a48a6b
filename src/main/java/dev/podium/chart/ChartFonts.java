package dev.podium.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The faces charts are drawn in: the bundled DejaVu Serif that the PDF's text is set in, loaded
 * from the jar rather than found by name, so layout does not depend on the fonts a machine has
 * installed; or a font file the user adds for text DejaVu lacks. Immutable and thread-safe.
 */
public final class ChartFonts {
  /** Where the typesetter's FontBook finds the same files. */
  private static final String BUNDLED = "/net/sf/jasperreports/fonts/dejavu/";

  private static final ChartFonts BUNDLED_FONTS =
      new ChartFonts(load("DejaVuSerif.ttf"), load("DejaVuSerif-Bold.ttf"));

  /** Anti-aliased, fractional metrics: how both the SVG and the PDF graphics measure text. */
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private final Font regular;
  private final Font bold;

  private ChartFonts(Font regular, Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The bundled faces; fails only if the jar was built without them. */
  public static ChartFonts bundled() {
    return BUNDLED_FONTS;
  }

  /**
   * A user's font file as both chart faces, its bold simulated as the PDF's text does; null when
   * Java 2D cannot read the file (the PDF typesetter reports a file it cannot use on its own).
   */
  public static ChartFonts of(Path file) {
    try {
      Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
      return new ChartFonts(font, font);
    } catch (IOException | FontFormatException e) {
      return null;
    }
  }

  Font regular(float size) {
    return regular.deriveFont(size);
  }

  /**
   * The bold face, flagged bold as well: the SVG then says so, and Java 2D, seeing the face is
   * already bold, does not embolden it again.
   */
  Font bold(float size) {
    return bold.deriveFont(Font.BOLD, size);
  }

  /** Whether the chart faces can draw the character (both faces cover the same characters). */
  public boolean canDraw(int codePoint) {
    return regular.canDisplay(codePoint) && bold.canDisplay(codePoint);
  }

  /** The advance width of {@code text} in {@code font}, in the chart's units (points). */
  static double width(String text, Font font) {
    return font.getStringBounds(text, MEASURE).getWidth();
  }

  private static Font load(String file) {
    try (InputStream in = ChartFonts.class.getResourceAsStream(BUNDLED + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled font " + file + " is missing from the jar");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("cannot read bundled font " + file, e);
    }
  }
}

package dev.podium.typeset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Settings and a typesetter shared by the typeset tests that read the PDF's structure. */
final class TypesetFixture {
  private static final PdfTypesetter TYPESETTER = new PdfTypesetter();

  private TypesetFixture() {}

  /** A4 settings with a running header and images resolved in {@code folder}. */
  static PdfSettings settings(Path folder) {
    return new PdfSettings(
        Paper.A4,
        null,
        "Ada Lovelace",
        "A motion",
        List.of("Governance"),
        "Podium test",
        "Ada Lovelace",
        "Motion",
        LocalDate.of(2026, 4, 24),
        List.of(),
        folder,
        Map.of());
  }

  static byte[] typeset(String markdown, PdfSettings settings) {
    TypesetResult result = TYPESETTER.typeset(markdown, settings);
    if (!result.missingGlyphs().isEmpty()) {
      throw new AssertionError("missing glyphs: " + result.missingGlyphs());
    }
    return result.pdf();
  }

  /** A chart-like drawing, set where an image's destination is {@code name}. */
  static PdfSettings withChart(PdfSettings settings, String name) {
    Drawing chart =
        new Drawing(
            400,
            160,
            (g, area) -> {
              g.setColor(java.awt.Color.BLUE);
              g.fill(new java.awt.geom.Rectangle2D.Double(10, 10, 200, 80));
              g.setColor(java.awt.Color.BLACK);
              g.setFont(new java.awt.Font("DejaVu Serif", java.awt.Font.PLAIN, 12));
              g.drawString("2024", 20, 140);
            });
    return settings.withDrawings(Map.of(name, chart));
  }
}

package dev.podium.typeset;

import java.util.List;

/**
 * A typeset PDF, its number of pages, and the characters it had to replace because no font covers
 * them.
 */
public record TypesetResult(byte[] pdf, int pages, List<MissingGlyph> missingGlyphs) {
  public TypesetResult {
    missingGlyphs = List.copyOf(missingGlyphs);
  }
}

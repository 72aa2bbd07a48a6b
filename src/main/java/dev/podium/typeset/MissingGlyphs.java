package dev.podium.typeset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects characters no font covers: each character once per line, at its first column. */
final class MissingGlyphs {
  private final Map<String, MissingGlyph> byCharAndLine = new LinkedHashMap<>();

  void add(int codePoint, SourceLocator.Place place) {
    byCharAndLine.putIfAbsent(
        codePoint + "@" + place.line(), new MissingGlyph(codePoint, place.line(), place.column()));
  }

  /** In reading order. */
  List<MissingGlyph> sorted() {
    List<MissingGlyph> all = new ArrayList<>(byCharAndLine.values());
    all.sort(Comparator.comparingInt(MissingGlyph::line).thenComparingInt(MissingGlyph::column));
    return all;
  }
}

package dev.podium.assemble;

import dev.podium.model.LatexText;

/**
 * Seed text as a reader of the brief sees it. Abstracts copied from arXiv keep their LaTeX in the
 * seeds, so that quotes stay verbatim and checkable; it is made plain only where a brief shows it.
 */
final class ShownText {
  private ShownText() {}

  static String of(String text) {
    return LatexText.readable(text.strip());
  }
}

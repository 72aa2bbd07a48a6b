package dev.podium.typeset;

import org.commonmark.node.Node;

/**
 * What every renderer of one document shares: fonts by glyph, source places, images, the outline
 * being built, and the size of the text block.
 */
record RenderContext(
    GlyphRuns glyphs,
    SourceLocator locator,
    LocalImages images,
    HeadingOutline outline,
    float textWidth,
    float textHeight) {

  /** The error for a node this typesetter has no rendering for, naming the node and its place. */
  TypesetException unsupported(Node node) {
    SourceLocator.Place place = locator.of(node);
    String name = node.getClass().getSimpleName();
    return new TypesetException(
        place.line(),
        place.column(),
        "the PDF typesetter does not support " + NodeNames.describe(name) + " (" + name + ")");
  }
}

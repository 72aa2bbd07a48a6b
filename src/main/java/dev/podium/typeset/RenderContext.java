package dev.podium.typeset;

import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * What every renderer of one document shares: fonts by glyph, source places, images and drawings,
 * the outline and the links being built, paragraphs already made into chunks, and the size of the
 * text block.
 */
record RenderContext(
    GlyphRuns glyphs,
    SourceLocator locator,
    LocalImages images,
    Drawings drawings,
    HeadingOutline outline,
    LinkAnnotations links,
    ParagraphChunks paragraphs,
    float textWidth,
    float textHeight) {
  /** An image takes at most this share of the text height, leaving room for its context. */
  private static final float MAX_IMAGE_HEIGHT = 0.45f;

  /**
   * The picture of an image node, a drawing of that name or else a local file, shrunk to {@code
   * width} and at most 45% of the text height.
   */
  org.openpdf.text.Image image(Image node, float width) {
    float maxHeight = textHeight * MAX_IMAGE_HEIGHT;
    org.openpdf.text.Image drawn = drawings.image(node.getDestination(), width, maxHeight);
    if (drawn != null) {
      return drawn;
    }
    return images.load(node.getDestination(), locator.of(node), width, maxHeight);
  }

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

package dev.podium.typeset;

import java.util.function.Function;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Keeps an evidence card on one page. A brief sets each card as a level-4 heading and the blocks
 * after it, up to the next heading or thematic break; a card that does not fit in the room left but
 * fits on an empty page starts a new page, and a longer one flows on as usual.
 */
final class CardSection {
  /** The heading level that opens a card. */
  static final int LEVEL = 4;

  private CardSection() {}

  /**
   * Starts a new page if the card that {@code heading} opens should not begin here.
   *
   * @param before the space the heading takes above itself, which an empty page leaves out
   * @param renderer a block renderer like the caller's, setting on the flow it is given
   */
  static void keepTogether(
      Heading heading, float before, Function<Flow, BlockRenderer> renderer, Flow flow) {
    float height = height(heading, renderer, flow.measuring());
    if (before + height > flow.spaceLeft() && height <= flow.pageHeight()) {
      flow.newPage();
    }
  }

  private static float height(
      Heading heading, Function<Flow, BlockRenderer> renderer, Flow measuring) {
    BlockRenderer blocks = renderer.apply(measuring);
    heading.accept(blocks);
    for (Node next = heading.getNext(); !endsCard(next); next = next.getNext()) {
      next.accept(blocks);
    }
    return measuring.used();
  }

  private static boolean endsCard(Node node) {
    return node == null || node instanceof Heading || node instanceof ThematicBreak;
  }
}

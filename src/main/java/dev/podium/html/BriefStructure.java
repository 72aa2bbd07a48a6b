package dev.podium.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Marks in the parsed Markdown the parts a page shows as units: each evidence card (a level-4
 * heading up to the next heading or thematic break, as the PDF keeps them on one page) and each
 * chart that stands alone in its paragraph.
 */
final class BriefStructure extends AbstractVisitor {
  /** The heading level that opens a card. */
  static final int CARD_LEVEL = 4;

  private final Set<String> charts;
  private final List<Heading> cards = new ArrayList<>();
  private final List<Paragraph> figures = new ArrayList<>();

  private BriefStructure(Set<String> charts) {
    this.charts = charts;
  }

  /** Groups the cards and lifts the charts of the document {@code root}, in place. */
  static void apply(Node root, Set<String> charts) {
    BriefStructure structure = new BriefStructure(charts);
    root.accept(structure);
    structure.figures.forEach(BriefStructure::lift);
    structure.cards.forEach(BriefStructure::group);
  }

  @Override
  public void visit(Heading heading) {
    if (heading.getLevel() == CARD_LEVEL) {
      cards.add(heading);
    }
    visitChildren(heading);
  }

  @Override
  public void visit(Paragraph paragraph) {
    Node only = paragraph.getFirstChild();
    if (only instanceof Image image
        && only.getNext() == null
        && charts.contains(image.getDestination())) {
      figures.add(paragraph);
    }
    visitChildren(paragraph);
  }

  private static void lift(Paragraph paragraph) {
    ChartFigure figure = new ChartFigure();
    figure.setSourceSpans(paragraph.getSourceSpans());
    figure.appendChild(paragraph.getFirstChild());
    paragraph.insertBefore(figure);
    paragraph.unlink();
  }

  private static void group(Heading heading) {
    CardBlock card = new CardBlock();
    card.setSourceSpans(heading.getSourceSpans());
    heading.insertBefore(card);
    Node next = heading;
    while (next != null
        && (next == heading || !(next instanceof Heading || next instanceof ThematicBreak))) {
      Node after = next.getNext();
      card.appendChild(next);
      next = after;
    }
  }
}

package dev.podium.typeset;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.openpdf.text.Chunk;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;

/**
 * Sets Markdown blocks down a flow, each tagged with its structure type: headings (with outline
 * entries), paragraphs, quotes, lists, tables, code blocks, rules and images. A block it has no
 * rendering for is an error naming the node.
 */
final class BlockRenderer extends AbstractVisitor {
  private static final PdfName[] HEADINGS = {
    PdfName.H1,
    new PdfName("H2"),
    new PdfName("H3"),
    new PdfName("H4"),
    new PdfName("H5"),
    new PdfName("H6")
  };
  private static final float QUOTE_INDENT = 12f;
  private static final float QUOTE_PADDING = 9f;
  private static final float QUOTE_BAR = 1.6f;
  private static final float CODE_PADDING = 6f;

  private final RenderContext context;
  private final Flow flow;
  private final TextStyle style;
  private final boolean tight;
  private final boolean quoted;

  /**
   * A renderer of blocks in one container.
   *
   * @param tight whether paragraphs sit close together, as in a tight list
   * @param quoted whether the blocks are quoted evidence
   */
  BlockRenderer(RenderContext context, Flow flow, TextStyle style, boolean tight, boolean quoted) {
    this.context = context;
    this.flow = flow;
    this.style = style;
    this.tight = tight;
    this.quoted = quoted;
  }

  /** Renders the block children of {@code parent}. */
  void renderChildren(Node parent) {
    visitChildren(parent);
  }

  @Override
  public void visit(Document document) {
    visitChildren(document);
  }

  @Override
  public void visit(Heading heading) {
    int level = heading.getLevel();
    float size = Typography.headingSize(level);
    float before = level == 1 ? 0 : size * 0.7f;
    if (level == CardSection.LEVEL && !flow.isMeasuring()) {
      CardSection.keepTogether(heading, before, this::measuring, flow);
    }
    // Keep a heading with the start of what follows it: a heading alone at the foot of a page
    // reads as a mistake.
    float threeLines = 3 * Typography.BODY_SIZE * Typography.LEADING;
    if (flow.spaceLeft() < before + size * 2.5f + threeLines) {
      flow.newPage();
    }
    TextStyle look = new TextStyle(size, true, level >= 4, false, Typography.HEADING);
    String tag =
        flow.isMeasuring() ? null : context.outline().register(level, PlainText.of(heading));
    flow.gap(before);
    List<Chunk> chunks = InlineRenderer.render(heading, look, tag, quoted, context);
    flow.text(column(chunks, size * 1.25f), flow.leaf(HEADINGS[Math.min(level, 6) - 1]));
    flow.gap(size * 0.5f);
  }

  @Override
  public void visit(Paragraph node) {
    if (node.getFirstChild() instanceof Image image && image.getNext() == null) {
      String alt = PlainText.of(image);
      // An image without alternative text is decoration, which a screen reader skips.
      flow.image(context.image(image, flow.width()), alt.isEmpty() ? null : flow.figure(alt));
      flow.gap(gap());
      return;
    }
    List<Chunk> chunks =
        context
            .paragraphs()
            .of(node, () -> InlineRenderer.render(node, style, null, quoted, context));
    flow.text(column(chunks, style.size() * Typography.LEADING), flow.leaf(PdfName.P));
    flow.gap(gap());
  }

  @Override
  public void visit(BlockQuote quote) {
    flow.gap(1f);
    flow.open(PdfName.BLOCKQUOTE);
    flow.openFrame(BlockRenderer::quoteBar);
    flow.indent(QUOTE_INDENT + QUOTE_PADDING, 0);
    new BlockRenderer(context, flow, style, true, true).renderChildren(quote);
    flow.outdent();
    flow.closeFrame();
    flow.close();
    flow.gap(gap() + 1f);
  }

  @Override
  public void visit(BulletList list) {
    ListRenderer.render(list, style, quoted, context, flow);
  }

  @Override
  public void visit(OrderedList list) {
    ListRenderer.render(list, style, quoted, context, flow);
  }

  @Override
  public void visit(ListItem item) {
    // Items are rendered by ListRenderer; one reaching here has no list around it.
    throw context.unsupported(item);
  }

  @Override
  public void visit(ThematicBreak rule) {
    flow.gap(Typography.PARAGRAPH_GAP);
    if (flow.spaceLeft() < 1f) {
      flow.newPage();
    }
    float at = flow.y();
    flow.line(flow.left(), flow.right(), at, 0.6f, Typography.RULE);
    flow.moveTo(at - 1f);
    flow.gap(Typography.PARAGRAPH_GAP + 2f);
  }

  @Override
  public void visit(FencedCodeBlock code) {
    code(code, code.getLiteral());
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    code(code, code.getLiteral());
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    // The parser has already resolved the links that use it; it has no text of its own.
  }

  @Override
  public void visit(HtmlBlock html) {
    throw context.unsupported(html);
  }

  @Override
  public void visit(CustomBlock block) {
    if (block instanceof TableBlock table) {
      TableRenderer.render(table, quoted, context, flow);
      return;
    }
    throw context.unsupported(block);
  }

  @Override
  protected void visitChildren(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof org.commonmark.node.Block)) {
        throw context.unsupported(child);
      }
      child.accept(this);
    }
  }

  /** A renderer like this one that sets its blocks on {@code other}, to measure them. */
  private BlockRenderer measuring(Flow other) {
    return new BlockRenderer(context, other, style, tight, quoted);
  }

  private void code(Node node, String literal) {
    String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    TextStyle mono = style.asCode();
    List<Chunk> chunks =
        context.glyphs().chunks(text, mono, i -> context.locator().of(node, literal, i));
    flow.gap(1f);
    flow.openFrame(BlockRenderer::shade);
    flow.down(3f);
    flow.indent(CODE_PADDING, CODE_PADDING);
    flow.text(column(chunks, mono.size() * 1.3f), flow.leaf(PdfName.CODE));
    flow.outdent();
    flow.down(CODE_PADDING);
    flow.closeFrame();
    flow.gap(gap() + 1f);
  }

  /** A column of text set with a fixed leading; the flow gives it its box. */
  static ColumnText column(List<Chunk> chunks, float leading) {
    Phrase phrase = new Phrase();
    phrase.addAll(chunks);
    ColumnText column = new ColumnText(null);
    column.setLeading(leading);
    column.addText(phrase);
    return column;
  }

  private static void quoteBar(
      PdfContentByte under, float left, float right, float top, float bottom) {
    float x = left + QUOTE_INDENT + QUOTE_BAR / 2;
    under.setColorStroke(Typography.QUOTE_BAR);
    under.setLineWidth(QUOTE_BAR);
    under.moveTo(x, top);
    // Below the last baseline far enough to take in descenders.
    under.lineTo(x, bottom - 3f);
    under.stroke();
  }

  private static void shade(
      PdfContentByte under, float left, float right, float top, float bottom) {
    under.setColorFill(Typography.SHADE);
    under.rectangle(left, bottom, right - left, top - bottom);
    under.fill();
  }

  private float gap() {
    return tight ? Typography.TIGHT_GAP : Typography.PARAGRAPH_GAP;
  }
}

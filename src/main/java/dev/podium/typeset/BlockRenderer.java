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
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Turns Markdown blocks into OpenPDF elements and hands them to a sink: headings (with outline
 * entries), paragraphs, quotes, lists, tables, code blocks, rules and images. A block it has no
 * rendering for is an error naming the node.
 */
final class BlockRenderer extends AbstractVisitor {
  private static final float QUOTE_INDENT = 12f;

  private final RenderContext context;
  private final BlockSink sink;
  private final TextStyle style;
  private final boolean tight;

  /**
   * A renderer of blocks in one container.
   *
   * @param tight whether paragraphs sit close together, as in a tight list
   */
  BlockRenderer(RenderContext context, BlockSink sink, TextStyle style, boolean tight) {
    this.context = context;
    this.sink = sink;
    this.style = style;
    this.tight = tight;
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
    TextStyle look = new TextStyle(size, true, level >= 4, false, Typography.HEADING);
    String tag = context.outline().register(level, PlainText.of(heading));
    org.openpdf.text.Paragraph paragraph = paragraph(look, size * 1.25f);
    paragraph.addAll(InlineRenderer.render(heading, look, tag, context));
    paragraph.setSpacingBefore(level == 1 ? 0 : size * 0.7f);
    paragraph.setSpacingAfter(size * 0.5f);
    // Keep a heading with the start of what follows it: a heading alone at the foot of a page
    // reads as a mistake.
    float threeLines = 3 * Typography.BODY_SIZE * Typography.LEADING;
    float needed = paragraph.getSpacingBefore() + size * 2.5f + threeLines;
    if (sink.spaceLeft() < needed) {
      sink.newPage();
    }
    sink.add(paragraph);
  }

  @Override
  public void visit(Paragraph node) {
    if (node.getFirstChild() instanceof Image image && image.getNext() == null) {
      org.openpdf.text.Image picture = context.image(image);
      picture.setAlignment(org.openpdf.text.Image.MIDDLE);
      picture.setSpacingAfter(gap());
      sink.add(picture);
      return;
    }
    org.openpdf.text.Paragraph paragraph = paragraph(style, style.size() * Typography.LEADING);
    paragraph.addAll(InlineRenderer.render(node, style, null, context));
    paragraph.setSpacingAfter(gap());
    sink.add(paragraph);
  }

  @Override
  public void visit(BlockQuote quote) {
    PdfPTable table = new PdfPTable(new float[] {QUOTE_INDENT, context.textWidth() - QUOTE_INDENT});
    table.setWidthPercentage(100);
    table.setSpacingBefore(1f);
    table.setSpacingAfter(gap() + 1f);
    PdfPCell gutter = new PdfPCell();
    gutter.setBorder(Rectangle.NO_BORDER);
    PdfPCell body = new PdfPCell();
    body.setBorder(Rectangle.LEFT);
    body.setBorderWidthLeft(1.6f);
    body.setBorderColorLeft(Typography.QUOTE_BAR);
    body.setPadding(0);
    body.setPaddingLeft(9f);
    body.setPaddingBottom(1f);
    body.setUseAscender(true);
    TextStyle quoted = style.withSize(Typography.QUOTE_SIZE);
    new BlockRenderer(context, BlockSink.of(body), quoted, true).renderChildren(quote);
    table.addCell(gutter);
    table.addCell(body);
    sink.add(table);
  }

  @Override
  public void visit(BulletList list) {
    sink.add(ListTable.render(list, style, context));
  }

  @Override
  public void visit(OrderedList list) {
    sink.add(ListTable.render(list, style, context));
  }

  @Override
  public void visit(ListItem item) {
    // Items are rendered by ListTable; one reaching here has no list around it.
    throw context.unsupported(item);
  }

  @Override
  public void visit(ThematicBreak rule) {
    // A one-cell table with only a top border: unlike OpenPDF's LineSeparator it needs no font.
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.TOP);
    cell.setBorderWidthTop(0.6f);
    cell.setBorderColorTop(Typography.RULE);
    cell.setFixedHeight(1f);
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.addCell(cell);
    table.setSpacingBefore(Typography.PARAGRAPH_GAP);
    table.setSpacingAfter(Typography.PARAGRAPH_GAP + 2f);
    sink.add(table);
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
      sink.add(TableRenderer.render(table, context));
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

  private void code(Node node, String literal) {
    String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    TextStyle mono = style.asCode();
    List<Chunk> chunks =
        context.glyphs().chunks(text, mono, i -> context.locator().of(node, literal, i));
    org.openpdf.text.Paragraph paragraph = paragraph(mono, mono.size() * 1.3f);
    paragraph.addAll(chunks);
    PdfPCell cell = new PdfPCell();
    cell.addElement(paragraph);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setBackgroundColor(Typography.SHADE);
    cell.setPadding(6f);
    cell.setPaddingTop(3f);
    cell.setUseAscender(true);
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.addCell(cell);
    table.setSpacingBefore(1f);
    table.setSpacingAfter(gap() + 1f);
    sink.add(table);
  }

  private org.openpdf.text.Paragraph paragraph(TextStyle look, float leading) {
    org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(leading);
    paragraph.setFont(context.glyphs().font(look));
    return paragraph;
  }

  private float gap() {
    return tight ? Typography.TIGHT_GAP : Typography.PARAGRAPH_GAP;
  }
}

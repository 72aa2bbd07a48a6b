package dev.podium.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Writes Markdown blocks as paragraphs of the document body: headings in the Verbatim heading
 * styles, paragraphs, quotes, lists, tables, code blocks, rules and pictures. A card is a {@code
 * ####} heading (a Tag) and the blocks after it up to the next heading or rule: its cite line's
 * bold head takes the Cite style, its quote is card text in Normal, and the lines before the quote
 * keep with it on one page. A block it has no rendering for is an error naming the node.
 */
final class BlockWriter extends AbstractVisitor {
  private final DocxContext context;
  private boolean inCard;
  private boolean quoted;
  private int listLevel = -1;
  private BigInteger itemNumber;

  BlockWriter(DocxContext context) {
    this.context = context;
  }

  @Override
  public void visit(Document document) {
    visitChildren(document);
  }

  @Override
  public void visit(Heading heading) {
    int level = Math.min(heading.getLevel(), VerbatimStyles.HEADINGS.length);
    inCard = level == 4;
    XWPFParagraph p = paragraph(VerbatimStyles.HEADINGS[level - 1]);
    RunWriter.write(heading, p, context, RunWriter.Look.PLAIN, false, null);
  }

  @Override
  public void visit(Paragraph node) {
    if (node.getFirstChild() instanceof Image image && image.getNext() == null) {
      XWPFParagraph p = paragraph(VerbatimStyles.NORMAL);
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setKeepNext(true);
      PictureRuns.add(p.createRun(), image, context);
      return;
    }
    XWPFParagraph p = paragraph(paragraphStyle());
    Node next = node.getNext();
    if (inCard
        && !quoted
        && listLevel < 0
        && (next instanceof Paragraph || next instanceof BlockQuote)) {
      p.setKeepNext(true);
    }
    RunWriter.write(node, p, context, RunWriter.Look.PLAIN, quoted, citeHead(node));
  }

  @Override
  public void visit(BlockQuote quote) {
    boolean outer = quoted;
    quoted = true;
    visitChildren(quote);
    quoted = outer;
  }

  @Override
  public void visit(BulletList list) {
    list(list);
  }

  @Override
  public void visit(OrderedList list) {
    list(list);
  }

  @Override
  public void visit(ListItem item) {
    // Items are written by list(); one reaching here has no list around it.
    throw context.unsupported(item);
  }

  @Override
  public void visit(ThematicBreak rule) {
    inCard = false;
    paragraph(VerbatimStyles.NORMAL).setBorderBottom(Borders.SINGLE);
  }

  @Override
  public void visit(FencedCodeBlock code) {
    code(code.getLiteral());
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    code(code.getLiteral());
  }

  @Override
  public void visit(HtmlBlock html) {
    throw context.unsupported(html);
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    // Resolved by the parser into the links that use it; nothing to show.
  }

  @Override
  public void visit(CustomBlock block) {
    if (block instanceof TableBlock table) {
      TableWriter.write(table, context);
    } else {
      throw context.unsupported(block);
    }
  }

  private void list(ListBlock list) {
    int outerLevel = listLevel;
    listLevel = Math.min(listLevel + 1, ListNumbering.LEVELS - 1);
    BigInteger number =
        list instanceof OrderedList ordered
            ? context.lists().numbered(listLevel, start(ordered))
            : context.lists().bullets();
    // A list that opens an item of the outer list leaves that item without its own number.
    itemNumber = null;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      itemNumber = number;
      visitChildren(item);
      itemNumber = null;
    }
    listLevel = outerLevel;
  }

  private static int start(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  private void code(String literal) {
    XWPFParagraph p = paragraph(VerbatimStyles.CODE_BLOCK);
    String[] lines = literal.stripTrailing().split("\n", -1);
    XWPFRun run = p.createRun();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  private String paragraphStyle() {
    if (quoted) {
      return inCard ? VerbatimStyles.NORMAL : VerbatimStyles.QUOTE;
    }
    return listLevel >= 0 ? VerbatimStyles.LIST : VerbatimStyles.NORMAL;
  }

  /**
   * A new paragraph in {@code style}: the first of a list item takes the item's number, a later one
   * is indented to the item's text.
   */
  private XWPFParagraph paragraph(String style) {
    XWPFParagraph p = context.document().createParagraph();
    p.setStyle(style);
    if (itemNumber != null) {
      p.setNumID(itemNumber);
      p.setNumILvl(BigInteger.valueOf(listLevel));
      itemNumber = null;
    } else if (listLevel >= 0) {
      p.setIndentationLeft(ListNumbering.indent(listLevel));
    }
    return p;
  }

  /** The bold head of a card's cite line: the paragraph right after the Tag, opening in bold. */
  private Node citeHead(Paragraph node) {
    boolean afterTag = node.getPrevious() instanceof Heading h && h.getLevel() == 4;
    return afterTag && !quoted && node.getFirstChild() instanceof StrongEmphasis strong
        ? strong
        : null;
  }
}

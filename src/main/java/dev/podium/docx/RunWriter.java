package dev.podium.docx;

import dev.podium.typeset.LinkTargets;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * Writes the inline children of one block (text, emphasis, code, links, images, line breaks) as
 * runs of a paragraph, one run for each stretch of text that looks the same. Strong text is bold,
 * except in a quote, where it is the warrant of a card (Emphasis, highlighted), and at the head of
 * a cite line (Cite). Anything else is an error naming the node.
 */
final class RunWriter extends AbstractVisitor {
  /** How a stretch of text looks: direct bold and italic, a character style, a highlight. */
  record Look(boolean bold, boolean italic, String style, boolean highlight) {
    static final Look PLAIN = new Look(false, false, null, false);
  }

  private final XWPFParagraph paragraph;
  private final DocxContext context;
  private final boolean quoted;
  private final Node citeHead;
  private final StringBuilder pending = new StringBuilder();
  private Look look;
  private CTHyperlink link;
  private XWPFHyperlinkRun linkRun;

  private RunWriter(
      XWPFParagraph paragraph, DocxContext context, Look look, boolean quoted, Node citeHead) {
    this.paragraph = paragraph;
    this.context = context;
    this.look = look;
    this.quoted = quoted;
    this.citeHead = citeHead;
  }

  /**
   * Writes the inline children of {@code block} into {@code paragraph}.
   *
   * @param look how plain text looks here (bold in a table's header row)
   * @param quoted whether the block is quoted evidence, whose strong text is the warrant
   * @param citeHead the strong node that heads a cite line, or null
   */
  static void write(
      Node block,
      XWPFParagraph paragraph,
      DocxContext context,
      Look look,
      boolean quoted,
      Node citeHead) {
    RunWriter writer = new RunWriter(paragraph, context, look, quoted, citeHead);
    writer.visitChildren(block);
    writer.flush();
  }

  @Override
  public void visit(Text text) {
    pending.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    within(
        new Look(look.bold(), look.italic(), VerbatimStyles.CODE, look.highlight()),
        code,
        code.getLiteral());
  }

  @Override
  public void visit(Emphasis emphasis) {
    within(new Look(look.bold(), true, look.style(), look.highlight()), emphasis, null);
  }

  @Override
  public void visit(StrongEmphasis strong) {
    Look strongLook;
    if (strong == citeHead) {
      strongLook = new Look(false, look.italic(), VerbatimStyles.CITE, false);
    } else if (quoted) {
      // Debaters underline and highlight the warrant of a card: the words it is read for.
      strongLook = new Look(false, look.italic(), VerbatimStyles.EMPHASIS, true);
    } else {
      strongLook = new Look(true, look.italic(), look.style(), look.highlight());
    }
    within(strongLook, strong, null);
  }

  @Override
  public void visit(Link node) {
    String target = LinkTargets.clickable(node.getDestination());
    if (target == null || link != null) {
      visitChildren(node);
      return;
    }
    flush();
    linkRun = paragraph.createHyperlinkRun(target);
    link = linkRun.getCTHyperlink();
    within(
        new Look(look.bold(), look.italic(), VerbatimStyles.HYPERLINK, look.highlight()),
        node,
        null);
    flush();
    link = null;
    linkRun = null;
  }

  @Override
  public void visit(Image image) {
    flush();
    PictureRuns.add(run(), image, context);
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    pending.append(' ');
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    flush();
    run().addBreak();
  }

  @Override
  public void visit(HtmlInline html) {
    throw context.unsupported(html);
  }

  @Override
  public void visit(CustomNode node) {
    throw context.unsupported(node);
  }

  /** Writes {@code node}'s children, or {@code literal}, in {@code inner}, then goes back. */
  private void within(Look inner, Node node, String literal) {
    Look outer = look;
    if (!inner.equals(outer)) {
      flush();
    }
    look = inner;
    if (literal != null) {
      pending.append(literal);
    } else {
      visitChildren(node);
    }
    if (!inner.equals(outer)) {
      flush();
    }
    look = outer;
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    run().setText(pending.toString());
    pending.setLength(0);
  }

  /** A new run in the look of the moment, inside the open link if there is one. */
  private XWPFRun run() {
    XWPFRun run;
    if (link == null) {
      run = paragraph.createRun();
    } else if (linkRun != null) {
      run = linkRun;
      linkRun = null;
    } else {
      run = new XWPFHyperlinkRun(link, link.addNewR(), paragraph);
    }
    if (look.style() != null) {
      run.setStyle(look.style());
    }
    if (look.bold()) {
      run.setBold(true);
    }
    if (look.italic()) {
      run.setItalic(true);
    }
    if (look.highlight()) {
      run.setTextHighlightColor(VerbatimStyles.HIGHLIGHT);
    }
    return run;
  }
}

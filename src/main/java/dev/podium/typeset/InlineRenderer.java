package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
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
import org.openpdf.text.Chunk;

/**
 * Turns the inline children of one block (text, emphasis, code, links, images, line breaks) into
 * OpenPDF chunks. Anything else is an error naming the node.
 */
final class InlineRenderer extends AbstractVisitor {
  private final RenderContext context;
  private final String tag;
  private final boolean quoted;
  private final List<Chunk> chunks = new ArrayList<>();
  private TextStyle style;
  private String link;

  private InlineRenderer(RenderContext context, TextStyle style, String tag, boolean quoted) {
    this.context = context;
    this.style = style;
    this.tag = tag;
    this.quoted = quoted;
  }

  /**
   * The chunks for the inline children of {@code block}.
   *
   * @param tag a generic tag put on every chunk (the outline finds headings by it), or null
   * @param quoted whether the block is quoted evidence, whose strong text is also underlined
   */
  static List<Chunk> render(
      Node block, TextStyle style, String tag, boolean quoted, RenderContext context) {
    InlineRenderer renderer = new InlineRenderer(context, style, tag, quoted);
    renderer.visitChildren(block);
    return renderer.chunks;
  }

  @Override
  public void visit(Text text) {
    String literal = text.getLiteral();
    add(context.glyphs().chunks(literal, style, i -> context.locator().of(text, literal, i)));
  }

  @Override
  public void visit(Code code) {
    String literal = code.getLiteral();
    List<Chunk> runs =
        context
            .glyphs()
            .chunks(literal, style.asCode(), i -> context.locator().of(code, literal, i));
    runs.forEach(c -> c.setBackground(Typography.SHADE, 1f, 1f, 1f, 1.5f));
    add(runs);
  }

  @Override
  public void visit(Emphasis emphasis) {
    TextStyle outer = style;
    style = style.withItalic();
    visitChildren(emphasis);
    style = outer;
  }

  @Override
  public void visit(StrongEmphasis strong) {
    TextStyle outer = style;
    style = style.withBold();
    if (quoted) {
      // Debaters underline the warrant of a card: the words the evidence is read for.
      style = style.withUnderline();
    }
    visitChildren(strong);
    style = outer;
  }

  @Override
  public void visit(Link node) {
    String target = LinkTargets.clickable(node.getDestination());
    TextStyle outerStyle = style;
    String outerLink = link;
    if (target != null) {
      link = context.links().register(target, PlainText.of(node));
      style = style.withColor(Typography.LINK);
    }
    visitChildren(node);
    style = outerStyle;
    link = outerLink;
  }

  @Override
  public void visit(Image image) {
    add(List.of(new Chunk(context.image(image, context.textWidth()), 0, 0, true)));
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    add(context.glyphs().chunks(" ", style, i -> context.locator().of(softLineBreak)));
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    add(List.of(new Chunk("\n", context.glyphs().font(style))));
  }

  @Override
  public void visit(HtmlInline html) {
    throw context.unsupported(html);
  }

  @Override
  public void visit(CustomNode node) {
    throw context.unsupported(node);
  }

  @Override
  protected void visitChildren(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Block) {
        throw context.unsupported(child);
      }
      child.accept(this);
    }
  }

  private void add(List<Chunk> runs) {
    String chunkTag = ChunkTags.join(tag, link);
    for (Chunk chunk : runs) {
      chunk.setSplitCharacter(link != null ? LineBreaks.LINK : LineBreaks.TEXT);
      if (chunkTag != null) {
        chunk.setGenericTag(chunkTag);
      }
      chunks.add(chunk);
    }
  }
}

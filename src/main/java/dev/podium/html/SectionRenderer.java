package dev.podium.html;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** The units {@link BriefStructure} marks: a card as a section, a lone chart as a figure. */
final class SectionRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  SectionRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(CardBlock.class, ChartFigure.class);
  }

  @Override
  public void render(Node node) {
    String tag = node instanceof CardBlock ? "section" : "figure";
    String css = node instanceof CardBlock ? "card" : "chart";
    html.line();
    html.tag(tag, context.extendAttributes(node, tag, Map.of("class", css)));
    html.line();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
    html.line();
    html.tag("/" + tag);
    html.line();
  }
}

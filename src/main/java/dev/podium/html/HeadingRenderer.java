package dev.podium.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Headings with their ids, each one's words a link to itself, so a reader can copy the address of a
 * section; a heading that holds a link of its own is left unlinked (links do not nest).
 */
final class HeadingRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final Map<Heading, String> ids;

  HeadingRenderer(HtmlNodeRendererContext context, Map<Heading, String> ids) {
    this.context = context;
    this.html = context.getWriter();
    this.ids = ids;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Heading.class);
  }

  @Override
  public void render(Node node) {
    Heading heading = (Heading) node;
    String tag = "h" + heading.getLevel();
    String id = ids.get(heading);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("id", id);
    html.line();
    html.tag(tag, context.extendAttributes(heading, tag, attributes));
    boolean selfLink = !holdsLink(heading);
    if (selfLink) {
      // Attributes in a fixed order: same document, same bytes.
      Map<String, String> link = new LinkedHashMap<>();
      link.put("class", "self");
      link.put("href", "#" + id);
      html.tag("a", link);
    }
    for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
    if (selfLink) {
      html.tag("/a");
    }
    html.tag("/" + tag);
    html.line();
  }

  private static boolean holdsLink(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link || holdsLink(child)) {
        return true;
      }
    }
    return false;
  }
}

package dev.podium.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Links whose target the sanitizer allows; any other link's text stands alone, as in the PDF,
 * rather than as a link that goes nowhere.
 */
final class LinkRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  LinkRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Link.class);
  }

  @Override
  public void render(Node node) {
    Link link = (Link) node;
    String target = context.urlSanitizer().sanitizeLinkUrl(link.getDestination());
    if (!target.isEmpty()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("href", context.encodeUrl(target));
      if (link.getTitle() != null) {
        attributes.put("title", link.getTitle());
      }
      html.tag("a", context.extendAttributes(link, "a", attributes));
    }
    for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
    if (!target.isEmpty()) {
      html.tag("/a");
    }
  }
}

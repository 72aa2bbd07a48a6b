package dev.podium.html;

import dev.podium.typeset.PlainText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Images: a chart of the document is drawn in place as SVG, any other image must be a local PNG or
 * JPEG and is embedded; nothing is loaded from elsewhere.
 */
final class ImageRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final PageCharts charts;
  private final LocalImages images;

  ImageRenderer(HtmlNodeRendererContext context, PageCharts charts, LocalImages images) {
    this.context = context;
    this.html = context.getWriter();
    this.charts = charts;
    this.images = images;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Image.class);
  }

  @Override
  public void render(Node node) {
    Image image = (Image) node;
    InlineSvg chart = charts.of(image);
    if (chart != null) {
      html.raw(chart.markup());
      return;
    }
    int[] place = place(image);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("src", images.dataUrl(image.getDestination(), place[0], place[1]));
    attributes.put("alt", PlainText.of(image));
    if (image.getTitle() != null) {
      attributes.put("title", image.getTitle());
    }
    html.tag("img", context.extendAttributes(image, "img", attributes), true);
  }

  /** The 1-based line and column where the image, or its nearest placed ancestor, starts. */
  private static int[] place(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return new int[] {spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1};
      }
    }
    return new int[] {1, 1};
  }
}

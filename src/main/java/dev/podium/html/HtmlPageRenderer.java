package dev.podium.html;

import dev.podium.typeset.MarkdownSyntax;
import dev.podium.typeset.PlainText;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Makes one self-contained HTML page of a document's Markdown: the body rendered by commonmark with
 * no raw HTML let through and only safe links, charts drawn inline as SVG, the style sheet in the
 * page, and a Content-Security-Policy that lets it load nothing and run no script. The same
 * Markdown and settings give the same bytes. Thread-safe.
 */
public final class HtmlPageRenderer {
  /** Whatever the page holds, it fetches nothing, runs nothing and posts nothing. */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action"
          + " 'none'";

  /**
   * The page for {@code markdown}.
   *
   * @throws HtmlException if the Markdown shows an image that is neither a chart of the document
   *     nor a local PNG or JPEG file
   */
  public String render(String markdown, HtmlSettings settings) {
    Node root = MarkdownSyntax.parser().parse(markdown);
    BriefStructure.apply(root, settings.charts().keySet());
    PageCharts charts = PageCharts.of(root, settings.charts());
    Map<Heading, String> ids = headingIds(root, charts);
    String title = title(root, settings);
    LocalImages images = new LocalImages(settings.imageRoot());
    HtmlRenderer body =
        HtmlRenderer.builder()
            .extensions(MarkdownSyntax.EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new LinkSanitizer())
            .percentEncodeUrls(true)
            .nodeRendererFactory(context -> new HeadingRenderer(context, ids))
            .nodeRendererFactory(LinkRenderer::new)
            .nodeRendererFactory(context -> new ImageRenderer(context, charts, images))
            .nodeRendererFactory(SectionRenderer::new)
            .build();
    StringBuilder page = new StringBuilder(markdown.length() * 2 + 8192);
    head(page, settings, title);
    page.append("<body>\n<main>\n");
    body.render(root, page);
    page.append("</main>\n</body>\n</html>\n");
    return page.toString();
  }

  private static void head(StringBuilder page, HtmlSettings settings, String title) {
    page.append("<!DOCTYPE html>\n");
    page.append("<html lang=\"").append(HtmlText.escape(settings.language())).append("\">\n");
    page.append("<head>\n<meta charset=\"utf-8\">\n");
    page.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(POLICY)
        .append("\">\n");
    page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.append("<title>").append(HtmlText.escape(title)).append("</title>\n");
    meta(page, "author", settings.author());
    meta(page, "description", settings.description());
    // The HTML standard separates keywords with commas.
    meta(page, "keywords", String.join(", ", settings.keywords()));
    meta(page, "generator", settings.generator());
    page.append("<style>\n").append(PageStyle.of(settings)).append("</style>\n</head>\n");
  }

  private static void meta(StringBuilder page, String name, String content) {
    if (!content.isBlank()) {
      page.append("<meta name=\"").append(name).append("\" content=\"");
      page.append(HtmlText.escape(content)).append("\">\n");
    }
  }

  /** The document's first heading; without one, what it is for. */
  private static String title(Node root, HtmlSettings settings) {
    StringBuilder first = new StringBuilder();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (first.isEmpty()) {
              first.append(PlainText.of(heading));
            }
          }
        });
    return first.isEmpty() ? settings.description() : first.toString();
  }

  /** Every heading's id, in document order, clear of the charts' ids. */
  private static Map<Heading, String> headingIds(Node root, PageCharts charts) {
    HeadingIds slugs = new HeadingIds(charts.ids());
    Map<Heading, String> ids = new IdentityHashMap<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            ids.put(heading, slugs.next(PlainText.of(heading)));
          }
        });
    return ids;
  }
}

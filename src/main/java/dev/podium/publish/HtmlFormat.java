package dev.podium.publish;

import dev.podium.html.HtmlException;
import dev.podium.html.HtmlPageRenderer;
import dev.podium.html.HtmlSettings;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML page per document, for reading on screen and printing from a browser: the
 * charts drawn in it as SVG, its style sheet in it, nothing loaded from anywhere. An image the page
 * cannot embed is an error.
 */
final class HtmlFormat implements Format {
  @Override
  public String id() {
    return "html";
  }

  @Override
  public String extension() {
    return ".html";
  }

  @Override
  public boolean streamable() {
    return true;
  }

  @Override
  public boolean write(Document document, FormatSettings settings, Output out) {
    String page;
    try {
      page = new HtmlPageRenderer().render(document.markdown(), settings(document, settings));
    } catch (HtmlException e) {
      out.error(
          document.markdownFile() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
      out.error("podium: cannot write the HTML; nothing written");
      return false;
    }
    out.file(document.fileWith(extension()), page.getBytes(StandardCharsets.UTF_8));
    return true;
  }

  /**
   * The page's settings from the document's metadata; its title is the document's first heading.
   */
  static HtmlSettings settings(Document document, FormatSettings settings) {
    DocumentMetadata meta = document.metadata();
    return new HtmlSettings(
        meta.language(),
        meta.author(),
        meta.subject(),
        meta.shortSubject(),
        meta.keywords(),
        meta.creator(),
        settings.paper(),
        document.charts(),
        document.folder());
  }
}

package dev.podium.publish;

import dev.podium.chart.SvgCharts;
import java.nio.charset.StandardCharsets;

/** Markdown, as the templates wrote it, with each chart beside it as the SVG file it links. */
final class MarkdownFormat implements Format {
  @Override
  public String id() {
    return "md";
  }

  @Override
  public String extension() {
    return ".md";
  }

  @Override
  public boolean streamable() {
    return true;
  }

  @Override
  public boolean write(Document document, FormatSettings settings, Output out) {
    out.file(document.markdownFile(), document.markdown().getBytes(StandardCharsets.UTF_8));
    document
        .charts()
        .forEach(
            (name, chart) ->
                out.file(
                    document.markdownFile().resolveSibling(name),
                    SvgCharts.svg(chart).getBytes(StandardCharsets.UTF_8)));
    return true;
  }
}

package dev.podium.html;

import dev.podium.chart.Chart;
import dev.podium.chart.SvgCharts;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart drawn inside the page: the chart's SVG element without its XML declaration, an image to
 * assistive technology, named by its description (the Markdown's alt text) in a {@code <title>}
 * that browsers also show on hover. Every id in it starts with the prefix it is given.
 */
record InlineSvg(String markup, Set<String> ids) {
  private static final Pattern ID = Pattern.compile("\\sid=['\"]([^'\"]*)['\"]");
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  /** The chart as SVG markup for an HTML page, its ids starting with {@code prefix}. */
  static InlineSvg of(Chart chart, String prefix, String description) {
    String svg = SvgCharts.svg(chart, prefix).strip();
    if (svg.startsWith(XML_DECLARATION)) {
      svg = svg.substring(XML_DECLARATION.length());
    }
    // Namespaces other than SVG's are for XML tools; in HTML the parser knows the element.
    svg = svg.replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
    if (!svg.contains("xlink:href")) {
      svg = svg.replace(" xmlns:xlink='http://www.w3.org/1999/xlink'", "");
    }
    int end = svg.indexOf('>');
    if (!svg.startsWith("<svg ") || end < 0) {
      throw new IllegalStateException(
          "not an SVG element: " + svg.substring(0, Math.min(40, svg.length())));
    }
    String titleId = prefix + "title";
    // A chart the Markdown does not describe is decoration, as an image with empty alt text is.
    String markup =
        description.isBlank()
            ? svg.substring(0, end) + " aria-hidden=\"true\"" + svg.substring(end)
            : svg.substring(0, end)
                + " role=\"img\" aria-labelledby=\""
                + titleId
                + "\">\n<title id=\""
                + titleId
                + "\">"
                + HtmlText.escape(description)
                + "</title>"
                + svg.substring(end + 1);
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = ID.matcher(markup);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return new InlineSvg(markup, Set.copyOf(ids));
  }
}

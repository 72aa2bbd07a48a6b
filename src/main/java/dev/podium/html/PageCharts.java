package dev.podium.html;

import dev.podium.chart.Chart;
import dev.podium.typeset.PlainText;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * The charts a page draws, one inline SVG per image of a chart in document order ({@code chart-1-},
 * {@code chart-2-}, … before their ids), made before the page so that headings can keep clear of
 * their ids.
 */
final class PageCharts extends AbstractVisitor {
  private final Map<String, Chart> charts;
  private final Map<Image, InlineSvg> drawn = new IdentityHashMap<>();

  private PageCharts(Map<String, Chart> charts) {
    this.charts = charts;
  }

  static PageCharts of(Node root, Map<String, Chart> charts) {
    PageCharts page = new PageCharts(charts);
    root.accept(page);
    return page;
  }

  @Override
  public void visit(Image image) {
    Chart chart = charts.get(image.getDestination());
    if (chart != null) {
      String prefix = "chart-" + (drawn.size() + 1) + "-";
      drawn.put(image, InlineSvg.of(chart, prefix, PlainText.of(image)));
    }
  }

  /** The chart an image shows, or {@code null} when the image is not a chart's. */
  InlineSvg of(Image image) {
    return drawn.get(image);
  }

  /** Every id the charts use. */
  Set<String> ids() {
    Set<String> ids = new HashSet<>();
    drawn.values().forEach(svg -> ids.addAll(svg.ids()));
    return ids;
  }
}

package dev.podium.publish;

import dev.podium.chart.Chart;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document ready for its formats: the Markdown the templates wrote, the charts it shows (by the
 * file name its Markdown links), neutral metadata, and where its Markdown goes; every format names
 * its own file from that one.
 */
public record Document(
    Path markdownFile, String markdown, Map<String, Chart> charts, DocumentMetadata metadata) {
  public Document {
    charts = java.util.Collections.unmodifiableMap(new TreeMap<>(charts));
  }

  /** The file of this document in a format with this extension (".pdf"), beside the Markdown. */
  public Path fileWith(String extension) {
    String name = markdownFile.getFileName().toString();
    String base = name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
    return markdownFile.resolveSibling(base + extension);
  }

  /** The folder the document's files go into. */
  public Path folder() {
    return markdownFile.getParent() == null ? Path.of("") : markdownFile.getParent();
  }
}

package dev.podium.html;

import dev.podium.chart.Chart;
import dev.podium.typeset.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a page says about itself and how it prints.
 *
 * @param language the document's language, a BCP 47 tag ({@code en})
 * @param author who the document is about, for the metadata and the running header; may be empty
 * @param description what it is for (the motion), for the metadata; may be empty
 * @param headerRight the short name of the motion, on the right of the running header; may be empty
 * @param keywords the stances it covers
 * @param generator the program that made it ({@code Podium 0.1.0})
 * @param paper the paper the print style sets pages for
 * @param charts the charts the Markdown shows, by the file name its images link
 * @param imageRoot the folder other images are read from; images must lie inside it
 */
public record HtmlSettings(
    String language,
    String author,
    String description,
    String headerRight,
    List<String> keywords,
    String generator,
    Paper paper,
    Map<String, Chart> charts,
    Path imageRoot) {
  public HtmlSettings {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(headerRight, "headerRight");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(paper, "paper");
    charts = java.util.Collections.unmodifiableMap(new TreeMap<>(charts));
    Objects.requireNonNull(imageRoot, "imageRoot");
  }
}

package dev.podium.publish;

import dev.podium.render.TemplateSource;
import java.util.List;

/**
 * How a run publishes, whatever it publishes: where files go, in which formats, with what paper and
 * fonts, whether documents show charts, and where templates are found.
 */
public record PublishSettings(
    OutputPaths out,
    List<Format> formats,
    FormatSettings format,
    boolean charts,
    TemplateSource templates) {
  public PublishSettings {
    formats = List.copyOf(formats);
  }
}

package dev.podium.publish;

import dev.podium.assemble.CitationStyle;
import dev.podium.model.Nullable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A panel pack: the personas on the panel, the motion, the citation style and the as-of date. */
public record PanelOrder(
    List<String> personas, Path motionFile, CitationStyle style, @Nullable LocalDate date) {
  public PanelOrder {
    personas = List.copyOf(personas);
  }
}

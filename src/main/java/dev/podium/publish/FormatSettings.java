package dev.podium.publish;

import dev.podium.typeset.Paper;
import java.nio.file.Path;
import java.util.List;

/** What the formats share for a run: the paper size and the fonts to fall back on. */
public record FormatSettings(Paper paper, List<Path> fonts) {
  public FormatSettings {
    fonts = List.copyOf(fonts);
  }
}

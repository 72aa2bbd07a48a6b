package dev.podium.publish;

import dev.podium.assemble.CitationStyle;
import dev.podium.model.Nullable;
import dev.podium.model.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * One persona's briefs on one motion: the kinds to make, the citation style, the date recency is
 * measured from ({@code null}: the newest evidence), a side that overrides the prediction, and whom
 * to tell when each brief starts ({@code persona/motion/kind}).
 */
public record BriefOrder(
    String persona,
    Path motionFile,
    List<String> kinds,
    CitationStyle style,
    @Nullable LocalDate date,
    @Nullable Side side,
    Consumer<String> started) {
  public BriefOrder {
    kinds = List.copyOf(kinds);
  }
}

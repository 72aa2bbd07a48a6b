package dev.podium.assemble;

import dev.podium.model.Side;
import java.time.LocalDate;

/**
 * What the user asked for beyond the data: the kind of brief, the citation style, the date that
 * recency is measured from ({@code null}: the newest evidence date), a side that overrides the
 * prediction ({@code null}: predict it), the file name of the evidence profile chart, for kinds
 * that show one ({@code null}: no charts), and how many of the handout's fill items (reading lines,
 * then biography paragraphs) to leave out because the typeset page overflowed with them.
 */
public record BriefRequest(
    String kind,
    CitationStyle style,
    LocalDate asOf,
    Side side,
    String profileChart,
    int handoutTrim) {
  public BriefRequest {
    if (kind == null || style == null) {
      throw new IllegalArgumentException("kind and style are required");
    }
    if (handoutTrim < 0) {
      throw new IllegalArgumentException("handoutTrim must be at least 0");
    }
  }

  /** A request that leaves the handout's fill as the word budget has it. */
  public BriefRequest(
      String kind, CitationStyle style, LocalDate asOf, Side side, String profileChart) {
    this(kind, style, asOf, side, profileChart, 0);
  }

  /** The same request with one more of the handout's fill items left out. */
  public BriefRequest trimmedHandout() {
    return new BriefRequest(kind, style, asOf, side, profileChart, handoutTrim + 1);
  }

  /**
   * A request with the defaults: IEEE references, recency from the data, predicted side, no charts.
   */
  public static BriefRequest of(String kind) {
    return new BriefRequest(kind, CitationStyle.named("ieee"), null, null, null);
  }
}

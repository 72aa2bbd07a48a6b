package dev.podium.assemble;

import dev.podium.model.Side;
import java.time.LocalDate;

/**
 * What the user asked for beyond the data: the kind of brief, the citation style, the date that
 * recency is measured from ({@code null}: the newest evidence date), a side that overrides the
 * prediction ({@code null}: predict it) and the file name of the evidence profile chart, for kinds
 * that show one ({@code null}: no charts).
 */
public record BriefRequest(
    String kind, CitationStyle style, LocalDate asOf, Side side, String profileChart) {
  public BriefRequest {
    if (kind == null || style == null) {
      throw new IllegalArgumentException("kind and style are required");
    }
  }

  /**
   * A request with the defaults: IEEE references, recency from the data, predicted side, no
   * charts.
   */
  public static BriefRequest of(String kind) {
    return new BriefRequest(kind, CitationStyle.named("ieee"), null, null, null);
  }
}

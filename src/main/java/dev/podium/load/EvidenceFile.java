package dev.podium.load;

import dev.podium.model.Evidence;
import dev.podium.model.Nullable;
import java.util.List;

/**
 * The shape of {@code evidence.yaml}: the records, and what the last imports read them from, which
 * a re-import needs to tell imported values from curated ones.
 */
public record EvidenceFile(@Nullable Imported imported, List<Evidence> evidence) {
  public EvidenceFile {
    evidence = List.copyOf(evidence);
  }

  /** The last import of each kind; a kind never imported is {@code null}. */
  public record Imported(@Nullable ListingImport listing) {}

  /**
   * A listing import: the copy of the listing in the persona's folder, and the year given to dates
   * the listing prints without one.
   */
  public record ListingImport(String source, int year) {}
}

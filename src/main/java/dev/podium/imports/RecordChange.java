package dev.podium.imports;

import java.util.List;

/**
 * What a re-import did to one record: its id, title, the fields it updated from the source, and the
 * fields it kept as curated although the source now says otherwise.
 */
public record RecordChange(
    Kind kind, String id, String title, List<String> updated, List<String> kept) {
  public RecordChange {
    updated = List.copyOf(updated);
    kept = List.copyOf(kept);
  }

  /** The outcome for a record. */
  public enum Kind {
    /** New in the source: added. */
    ADDED,
    /** In the source and the file; some imported fields changed. */
    UPDATED,
    /** In the source and the file; nothing to change. */
    UNCHANGED,
    /** In the source and the file, but no earlier import to compare with: kept as written. */
    KEPT,
    /** In the file but not in the source: kept, never deleted. */
    NOT_IN_SOURCE
  }
}

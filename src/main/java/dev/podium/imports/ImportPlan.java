package dev.podium.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import would do, decided before anything is written: the files to write, what happens to
 * each record, and notes for the user. Applying it is the caller's business, so a dry run and a
 * real run print the same plan.
 */
public record ImportPlan(List<FileWrite> writes, List<RecordChange> changes, List<String> notes) {
  public ImportPlan {
    writes = List.copyOf(writes);
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  /** One file to write: where, its bytes, and what it is, in words for the report. */
  public record FileWrite(Path path, byte[] content, String what) {}

  /** How many records had this outcome. */
  public long count(RecordChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }
}

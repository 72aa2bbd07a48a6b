package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.RecordChange;

/**
 * Prints what an evidence import does: its notes, a line per record that changes, and the counts,
 * so that the listing and BibTeX imports report alike.
 */
final class ImportReport {
  private ImportReport() {}

  /**
   * @param source what the records were imported from, in words ("listing", "file")
   */
  static void print(ImportPlan plan, boolean dryRun, String source, Console console) {
    plan.notes().forEach(note -> console.info("note: " + note));
    plan.changes().forEach(change -> change(change, source, console));
    console.info(
        (dryRun ? "would import " : "imported ")
            + plan.count(RecordChange.Kind.ADDED)
            + " added, "
            + plan.count(RecordChange.Kind.UPDATED)
            + " updated, "
            + plan.count(RecordChange.Kind.UNCHANGED)
            + " unchanged, "
            + plan.count(RecordChange.Kind.KEPT)
            + " kept as written, "
            + plan.count(RecordChange.Kind.NOT_IN_SOURCE)
            + " not in this "
            + source);
  }

  private static void change(RecordChange change, String source, Console console) {
    switch (change.kind()) {
      case ADDED ->
          console.info(
              "add     "
                  + change.id()
                  + "  \""
                  + change.title()
                  + "\""
                  + (change.updated().isEmpty() ? "" : "  (key paper)"));
      case UPDATED ->
          console.info("update  " + change.id() + "  " + String.join(", ", change.updated()));
      case KEPT ->
          console.info(
              "as is   " + change.id() + "  no earlier import to compare with; kept as written");
      case NOT_IN_SOURCE ->
          console.info("absent  " + change.id() + "  not in this " + source + "; kept");
      case UNCHANGED -> {}
    }
    if (!change.kept().isEmpty()) {
      console.info(
          "keep    "
              + change.id()
              + "  "
              + String.join(", ", change.kept())
              + " (edited here; the "
              + source
              + " changed too)");
    }
  }
}

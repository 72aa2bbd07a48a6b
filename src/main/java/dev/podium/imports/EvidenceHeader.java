package dev.podium.imports;

import java.util.List;

/**
 * The comment lines on top of an evidence.yaml that an import writes: what the file is, and how
 * re-imports treat edits.
 */
public final class EvidenceHeader {
  private EvidenceHeader() {}

  /**
   * @param command the import that writes the file, as the user typed it ("import listing")
   */
  public static List<String> of(String personaId, String command) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/evidence.schema.json",
        "Evidence for "
            + personaId
            + ", one record per paper; written by `podium "
            + command
            + "`.",
        "Edit freely: a re-import updates only the fields still as imported and keeps every field"
            + " edited here.",
        "matched_terms names the stances.yaml terms that tagged each stance; remove a stance to"
            + " untag it.");
  }
}

package dev.podium.imports;

import static dev.podium.imports.Edits.paper;
import static dev.podium.imports.Edits.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import dev.podium.model.Persona.Publication;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPaperMarkerTest {
  private static final List<Publication> PAPERS =
      List.of(
          new Publication("Sleeper Agents", 2024, "https://arxiv.org/abs/2401.05566", null),
          new Publication("Old Paper", 2020, "https://example.org/old", null));

  @Test
  void onlyAddedRecordsAreMarkedAndTheirChangeSaysWhat() {
    Evidence unmarkedByHand = paper("old-paper", "Old paper!", "An abstract.");
    Evidence fresh = paper("sleeper-agents", "SLEEPER AGENTS", "Another abstract.");
    Evidence other = paper("other", "Other", "A third abstract.");
    EvidenceMerger.Result merged =
        EvidenceMerger.merge(List.of(unmarkedByHand), null, List.of(fresh, other), List.of());

    EvidenceMerger.Result marked = KeyPaperMarker.markAdded(merged, PAPERS);

    assertThat(marked.evidence()).extracting(Evidence::key).containsExactly(false, true, false);
    assertThat(marked.evidence().get(1).url()).isEqualTo("https://arxiv.org/abs/2401.05566");
    assertThat(marked.changes())
        .extracting(RecordChange::updated)
        .containsExactly(List.of(), List.of("key", "url", "arxiv_id", "type"), List.of());
    // The profile's link is an arXiv page: that, not a listing category, makes it a preprint.
    assertThat(marked.evidence().get(1).arxivId()).isEqualTo("2401.05566");
    assertThat(marked.evidence().get(1).type()).isEqualTo(ItemType.PREPRINT);
  }

  @Test
  void aUrlAlreadyThereIsKept() {
    Evidence withUrl =
        with(
            paper("sleeper-agents", "Sleeper Agents", "An abstract."),
            "url",
            "https://doi.org/10.1/x");
    KeyPaperMarker.Result result = KeyPaperMarker.mark(List.of(withUrl), PAPERS);
    assertThat(result.evidence().get(0).key()).isTrue();
    assertThat(result.evidence().get(0).url()).isEqualTo("https://doi.org/10.1/x");
    assertThat(result.changes().get(0).updated()).containsExactly("key");
  }
}

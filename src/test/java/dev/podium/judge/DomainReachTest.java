package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Domain;
import dev.podium.model.Evidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainReachTest {
  private static final Domain MEDICINE =
      new Domain(
          "medicine",
          "Medicine and health",
          "diagnosis",
          List.of("medical", "clinician", "patient"));
  private static final Domain WEAPONS =
      new Domain("weapons", "Weapons", "targets", List.of("weapon", "laws of war"));

  @Test
  void aRecordTouchesADomainByAWholeTermInItsTitleOrAbstractAndSaysWhichTerm() {
    Evidence clinic =
        record("clinic", "Triage by models", "We study decisions of patients in a hospital.");
    Evidence war =
        record("war", "Ethical governors and the Laws of War", "Robots that keep to rules.");
    Evidence neither =
        record(
            "neither",
            "Premedical reading",
            "Weaponised text is not a weapon term here: weaponry.");
    List<DomainReach.Reach> reach =
        DomainReach.of(List.of(MEDICINE, WEAPONS), List.of(clinic, war, neither));
    assertThat(reach.get(0).touches())
        .extracting(t -> t.evidence().id(), DomainReach.Touch::term)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("clinic", "patient"));
    // "Weaponised" and "weaponry" are other words; "weapon" stands alone once, in the third record.
    assertThat(reach.get(1).touches())
        .extracting(t -> t.evidence().id())
        .containsExactly("war", "neither");
  }

  private static Evidence record(String id, String title, String abstractText) {
    return new Evidence(
        id,
        title,
        List.of("A. Author"),
        false,
        LocalDate.of(2024, 1, 1),
        null,
        null,
        List.of(),
        abstractText,
        List.of(),
        List.of(),
        null,
        List.of(),
        false,
        false,
        null,
        List.of(),
        null,
        null);
  }
}

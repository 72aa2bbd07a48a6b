package dev.podium.assemble;

import dev.podium.model.Bearing;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import dev.podium.model.Theme;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made dossiers, so ranking and numbering can be checked by hand. */
final class Fixtures {
  private Fixtures() {}

  static final Taxonomy TAXONOMY =
      new Taxonomy(
          List.of(
              new Stance("alpha", "Alpha", "A.", List.of("a")),
              new Stance("beta", "Beta", "B.", List.of("b")),
              new Stance("gamma", "Gamma", "C.", List.of("c"))));

  static Motion motion(Side alpha, Side beta, Side gamma) {
    return new Motion(
        "m",
        "M",
        "This house believes M.",
        List.of(
            new Bearing("alpha", alpha, "alpha reason", null),
            new Bearing("beta", beta, "beta reason", null),
            new Bearing("gamma", gamma, "gamma reason", null)));
  }

  static Persona persona(Persona.StatedPosition position) {
    return new Persona(
        "p",
        "Pat Speaker",
        "Dr",
        null,
        null,
        List.of("Pat Speaker"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        position);
  }

  /** Evidence with a date and stances; authored by the speaker when {@code byPat}. */
  static Evidence evidence(String id, String date, boolean byPat, String... stances) {
    return new Evidence(
        id,
        "Title " + id,
        byPat ? List.of("Someone Else", "Pat Speaker") : List.of("Someone Else"),
        false,
        LocalDate.parse(date),
        "LG",
        null,
        List.of(),
        "Abstract of " + id + ". We find " + id + " matters.",
        List.of(stances),
        List.of(),
        "We find " + id + " matters.",
        List.of("We find " + id + " matters."),
        false,
        false,
        null,
        List.of(),
        null,
        null);
  }

  static Theme theme(String stance, Theme.Argument... arguments) {
    return new Theme(
        stance, "Headline " + stance, "Position.", List.of(arguments), List.of(), List.of());
  }

  static Theme.Argument argument(String claim, String... evidence) {
    return new Theme.Argument(claim, List.of(evidence), null);
  }

  static Dossier dossier(
      Persona persona, Motion motion, List<Evidence> evidence, List<Theme> themes) {
    return new Dossier(persona, evidence, themes, TAXONOMY, motion, "f1ngerpr1nt0");
  }
}

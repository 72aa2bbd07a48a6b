package dev.podium.load;

import dev.podium.model.Evidence;
import dev.podium.model.Persona;
import dev.podium.model.PersonaSeeds;
import dev.podium.model.Theme;
import java.nio.file.Path;
import java.util.List;

/**
 * A persona's three seed files as bound, each with its source map; evidence and themes are absent
 * when their files are.
 */
public record LoadedPersona(
    Path dir,
    Located<Persona> persona,
    Located<EvidenceFile> evidence,
    Located<ThemesFile> themes) {

  public List<Evidence> evidenceList() {
    return evidence == null ? List.of() : evidence.value().evidence();
  }

  public List<Theme> themeList() {
    return themes == null ? List.of() : themes.value().themes();
  }

  public PersonaSeeds seeds() {
    return new PersonaSeeds(persona.value(), evidenceList(), themeList());
  }
}

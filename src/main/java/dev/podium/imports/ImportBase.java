package dev.podium.imports;

import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Located;
import dev.podium.load.SeedsLoader;
import dev.podium.load.ThemesFile;
import dev.podium.model.Evidence;
import dev.podium.model.Persona;
import dev.podium.model.Taxonomy;
import dev.podium.model.Theme;
import java.util.List;

/**
 * What an evidence import reads of the seeds before merging: the taxonomy, and the persona's
 * current evidence, themes and profile, each {@code null} when the persona does not have it yet.
 */
public record ImportBase(
    Taxonomy taxonomy,
    Located<EvidenceFile> current,
    Located<ThemesFile> themesFile,
    Located<Persona> persona) {

  /** Loads it all, reporting every problem; {@code null} when any file has errors. */
  public static ImportBase load(SeedsLoader loader, String personaId, Diagnostics diagnostics) {
    Located<Taxonomy> taxonomy = loader.taxonomy(diagnostics);
    Located<EvidenceFile> current = loader.evidence(personaId, diagnostics);
    Located<ThemesFile> themes = loader.themes(personaId, diagnostics);
    Located<Persona> persona = loader.profile(personaId, diagnostics);
    if (diagnostics.hasErrors()) {
      return null;
    }
    return new ImportBase(taxonomy.value(), current, themes, persona);
  }

  /** The evidence on file now; empty for a new persona. */
  public List<Evidence> evidence() {
    return current == null ? List.of() : current.value().evidence();
  }

  /** The curated themes, whose cited records the merge keeps; empty when there are none. */
  public List<Theme> themes() {
    return themesFile == null ? List.of() : themesFile.value().themes();
  }

  /** The papers the profile names, marked key as they arrive. */
  public List<Persona.Publication> namedPapers() {
    return persona == null ? List.of() : persona.value().namedPapers();
  }
}

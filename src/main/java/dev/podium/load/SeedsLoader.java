package dev.podium.load;

import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads seed files into records, reporting every problem it meets into the diagnostics. */
public final class SeedsLoader {
  private final SeedsDirectory seeds;
  private final YamlReader reader = new YamlReader();

  public SeedsLoader(SeedsDirectory seeds) {
    this.seeds = seeds;
  }

  public SeedsDirectory seeds() {
    return seeds;
  }

  public Located<Taxonomy> taxonomy(Diagnostics diagnostics) {
    return load(seeds.stances(), Taxonomy.class, diagnostics, true);
  }

  public Located<Motion> motion(String id, Diagnostics diagnostics) {
    return motion(seeds.motion(id), diagnostics);
  }

  /** A motion from any file: one of the seeds, or one the user names with --motion FILE. */
  public Located<Motion> motion(Path file, Diagnostics diagnostics) {
    return load(file, Motion.class, diagnostics, true);
  }

  /** The persona's files; {@code null} when persona.yaml itself is missing or unusable. */
  public LoadedPersona persona(String id, Diagnostics diagnostics) {
    Path dir = seeds.personaDir(id);
    Located<Persona> persona = load(dir.resolve("persona.yaml"), Persona.class, diagnostics, true);
    Located<EvidenceFile> evidence = evidence(id, diagnostics);
    Located<ThemesFile> themes = themes(id, diagnostics);
    return persona == null ? null : new LoadedPersona(dir, persona, evidence, themes);
  }

  /** The persona's persona.yaml alone; {@code null} when it is absent or unusable. */
  public Located<Persona> profile(String personaId, Diagnostics diagnostics) {
    return load(
        seeds.personaDir(personaId).resolve("persona.yaml"), Persona.class, diagnostics, false);
  }

  /** The persona's evidence file; {@code null} when it is absent or unusable. */
  public Located<EvidenceFile> evidence(String personaId, Diagnostics diagnostics) {
    return load(
        seeds.personaDir(personaId).resolve("evidence.yaml"),
        EvidenceFile.class,
        diagnostics,
        false);
  }

  /** The persona's themes file; {@code null} when it is absent or unusable. */
  public Located<ThemesFile> themes(String personaId, Diagnostics diagnostics) {
    return load(
        seeds.personaDir(personaId).resolve("themes.yaml"), ThemesFile.class, diagnostics, false);
  }

  private <T extends Record> Located<T> load(
      Path file, Class<T> type, Diagnostics diagnostics, boolean required) {
    String name = seeds.display(file);
    String refusal = seeds.refusal(file);
    if (refusal != null) {
      diagnostics.error(Location.startOf(name), "not read: it " + refusal);
      return null;
    }
    if (!Files.isRegularFile(file)) {
      if (required) {
        diagnostics.error(Location.startOf(name), "file not found");
      }
      return null;
    }
    Node root = reader.read(file, name, diagnostics);
    if (root == null) {
      return null;
    }
    SourceMap map = new SourceMap(name);
    T value = new RecordBinder(diagnostics, map).bind(root, type, "");
    return value == null ? null : new Located<>(value, map, root);
  }
}

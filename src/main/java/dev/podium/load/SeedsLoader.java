package dev.podium.load;

import dev.podium.model.Memo;
import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads seed files into records, reporting every problem it meets into the diagnostics. */
public final class SeedsLoader {
  private final SeedsDirectory seeds;

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
    String text = READER.text(file, name, diagnostics);
    if (text == null) {
      return null;
    }
    Bound bound = BOUND.get(new Source(name, type, text));
    bound.diagnostics().forEach(diagnostics::add);
    @SuppressWarnings("unchecked") // the binder made the value from this type
    Located<T> located = (Located<T>) bound.located();
    return located;
  }

  /**
   * Parsing and binding a persona's files is a tenth of a brief, and a server reads the same files
   * brief after brief. What a file binds to depends on its text, its type and the name its
   * locations carry, and nothing else; an edited file is a new key, read afresh.
   */
  private static final Memo<Source, Bound> BOUND = new Memo<>(256, SeedsLoader::bind);

  /** Jackson's factories are thread-safe once built; one reader serves every thread. */
  private static final YamlReader READER = new YamlReader();

  private record Source(String name, Class<? extends Record> type, String text) {}

  /** A file's record (or {@code null}) and the problems met in reading it. */
  private record Bound(Located<?> located, List<Diagnostic> diagnostics) {}

  private static Bound bind(Source source) {
    Diagnostics found = new Diagnostics();
    Node root = READER.parse(source.text(), source.name(), found);
    if (root == null) {
      return new Bound(null, found.all());
    }
    SourceMap map = new SourceMap(source.name());
    Record value = new RecordBinder(found, map).bind(root, source.type(), "");
    return new Bound(value == null ? null : new Located<>(value, map, root), found.all());
  }
}

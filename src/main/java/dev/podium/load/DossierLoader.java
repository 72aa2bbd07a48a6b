package dev.podium.load;

import dev.podium.model.Dossier;
import dev.podium.model.Motion;
import dev.podium.model.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Loads and checks what a brief needs, or everything for {@code podium check}. */
public final class DossierLoader {
  private final SeedsLoader loader;

  public DossierLoader(SeedsDirectory seeds) {
    this.loader = new SeedsLoader(seeds);
  }

  public SeedsDirectory seeds() {
    return loader.seeds();
  }

  /**
   * The dossier for one persona and motion, or {@code null} when the diagnostics hold errors. Only
   * the files this brief reads are loaded and checked.
   */
  public Dossier load(String personaId, String motionId, Diagnostics diagnostics) {
    return load(personaId, seeds().motion(motionId), diagnostics);
  }

  /**
   * As {@link #load(String, String, Diagnostics)}, with the motion read from a file that may lie
   * outside the seeds; its id must match its file name.
   */
  public Dossier load(String personaId, Path motionFile, Diagnostics diagnostics) {
    String fileName = motionFile.getFileName().toString();
    String motionId =
        fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
    SeedsChecker checker = new SeedsChecker(diagnostics);
    Located<Taxonomy> taxonomy = loader.taxonomy(diagnostics);
    if (taxonomy != null) {
      checker.checkTaxonomy(taxonomy);
    }
    Taxonomy stances = taxonomy == null ? null : taxonomy.value();
    Located<Motion> motion = loader.motion(motionFile, diagnostics);
    if (motion != null) {
      checker.checkMotion(motion, motionId, stances);
    }
    LoadedPersona persona = loader.persona(personaId, diagnostics);
    if (persona != null) {
      checker.checkPersona(persona, stances, new HashSet<>(seeds().motionIds()));
    }
    if (diagnostics.hasErrors()) {
      return null;
    }
    Path dir = seeds().personaDir(personaId);
    String fingerprint =
        fingerprint(
            List.of(
                seeds().stances(),
                motionFile,
                dir.resolve("persona.yaml"),
                dir.resolve("evidence.yaml"),
                dir.resolve("themes.yaml")));
    return new Dossier(
        persona.persona().value(),
        persona.evidenceList(),
        persona.themeList(),
        stances,
        motion.value(),
        fingerprint);
  }

  /** Loads and checks every seed file: the taxonomy, every motion and every persona. */
  public void checkAll(Diagnostics diagnostics) {
    SeedsChecker checker = new SeedsChecker(diagnostics);
    Located<Taxonomy> taxonomy = loader.taxonomy(diagnostics);
    if (taxonomy != null) {
      checker.checkTaxonomy(taxonomy);
    }
    Taxonomy stances = taxonomy == null ? null : taxonomy.value();
    Set<String> motionIds = new HashSet<>(seeds().motionIds());
    for (String id : seeds().motionIds()) {
      Located<Motion> motion = loader.motion(id, diagnostics);
      if (motion != null) {
        checker.checkMotion(motion, id, stances);
      }
    }
    for (String id : seeds().personaIds()) {
      LoadedPersona persona = loader.persona(id, diagnostics);
      if (persona != null) {
        checker.checkPersona(persona, stances, motionIds);
      }
    }
  }

  /**
   * A short digest of the seed files a brief was made from: the brief's data version, which changes
   * exactly when its inputs do.
   */
  static String fingerprint(List<Path> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files) {
        if (Files.isRegularFile(file)) {
          digest.update(
              file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(Files.readAllBytes(file));
          digest.update((byte) 0);
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

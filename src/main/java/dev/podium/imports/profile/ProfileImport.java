package dev.podium.imports.profile;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.KeyPaperMarker;
import dev.podium.imports.PlannedWrites;
import dev.podium.imports.SourceCopy;
import dev.podium.imports.SourceText;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Located;
import dev.podium.load.Location;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.load.ThemesFile;
import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Persona.Publication;
import dev.podium.model.Persona.StatedPosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans {@code podium import profile}: a persona.yaml from the profile for a new persona (with the
 * position the profile states on a motion in the seeds, quoted from it), a themes skeleton when
 * there is none, the profile's key papers marked in evidence.yaml, and a copy of the profile in
 * sources/. An existing persona.yaml is someone's work and is only replaced on request.
 */
public final class ProfileImport {
  /**
   * Where the import reads from and writes to, and whether an existing persona.yaml is replaced.
   */
  public record Request(
      Path profile, String profileName, String personaId, boolean replacePersona) {}

  private final SeedsDirectory seeds;
  private final SeedsLoader loader;

  public ProfileImport(SeedsDirectory seeds) {
    this.seeds = seeds;
    this.loader = new SeedsLoader(seeds);
  }

  /** The plan, or {@code null} when the diagnostics hold errors; then nothing may be written. */
  public ImportPlan plan(Request request, Diagnostics diagnostics) {
    Path dir = seeds.personaDir(request.personaId());
    byte[] bytes = SourceText.read(request.profile(), request.profileName(), diagnostics);
    String text = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    Persona profile = text == null ? null : ProfileParser.parse(request.personaId(), text);
    if (bytes != null && profile == null) {
      diagnostics.error(
          Location.startOf(request.profileName()),
          "no title line; expected the speaker's name as '# Name' at the top");
    }
    Located<EvidenceFile> current = loader.evidence(request.personaId(), diagnostics);
    Located<ThemesFile> themes = loader.themes(request.personaId(), diagnostics);
    if (diagnostics.hasErrors()) {
      return null;
    }
    PlannedWrites writes = new PlannedWrites();
    List<String> notes = new ArrayList<>();
    String copy =
        SourceCopy.name(
            dir.resolve("sources"),
            request.profile().getFileName().toString(),
            bytes,
            name -> false);
    KeyPaperMarker.Result marked =
        KeyPaperMarker.mark(
            current == null ? List.of() : current.value().evidence(), profile.namedPapers());
    if (current != null && !marked.evidence().equals(current.value().evidence())) {
      EvidenceFile file = new EvidenceFile(current.value().imported(), marked.evidence());
      writes.addYaml(
          dir.resolve("evidence.yaml"),
          evidenceHeader(request.personaId()),
          file,
          "evidence: key papers marked");
    }
    Path personaFile = dir.resolve("persona.yaml");
    if (!Files.exists(personaFile) || request.replacePersona()) {
      StatedPosition position =
          StatedPositionFinder.find(text, motions(), profile.displayName(), "sources/" + copy);
      Persona persona = completed(profile, marked.idsByTitle(), position);
      writes.addYaml(personaFile, personaHeader(request.personaId(), copy), persona, "profile");
    } else {
      notes.add(
          "persona.yaml exists and is left as is; use --replace-persona to write it from the"
              + " profile");
    }
    if (themes == null && !Files.exists(dir.resolve("themes.yaml"))) {
      byte[] skeleton =
          ThemesSkeleton.of(request.personaId(), profile.coreThemes())
              .getBytes(StandardCharsets.UTF_8);
      writes.add(dir.resolve("themes.yaml"), skeleton, "themes skeleton");
    }
    writes.add(dir.resolve("sources").resolve(copy), bytes, "copy of the profile");
    return new ImportPlan(writes.list(), marked.changes(), notes);
  }

  /**
   * The persona with each paper the profile names tied to the evidence record it matched, so the
   * brief can cite it, and with the position the profile states, if any.
   */
  private static Persona completed(Persona p, Map<String, String> ids, StatedPosition position) {
    return new Persona(
        p.id(),
        p.name(),
        p.honorific(),
        p.headline(),
        p.pronouns(),
        p.authorNames(),
        p.roles(),
        p.affiliations(),
        p.bio(),
        p.researchInterests(),
        p.expertise(),
        withIds(p.publications(), ids),
        withIds(p.keyPapers(), ids),
        p.appearances(),
        p.mediaSummary(),
        p.media(),
        p.links(),
        p.coreThemes(),
        position);
  }

  /** The motions in the seeds that load; one that does not is for podium check to report. */
  private List<Motion> motions() {
    return seeds.motionIds().stream()
        .map(id -> loader.motion(id, new Diagnostics()))
        .filter(Objects::nonNull)
        .map(Located::value)
        .toList();
  }

  private static List<Publication> withIds(List<Publication> papers, Map<String, String> ids) {
    return papers.stream()
        .map(pub -> new Publication(pub.title(), pub.year(), pub.url(), ids.get(pub.title())))
        .toList();
  }

  private static List<String> personaHeader(String personaId, String copy) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/persona.schema.json",
        "Persona " + personaId + ", written by `podium import profile` from sources/" + copy + ".",
        "Edit freely: a later profile import leaves this file alone unless given"
            + " --replace-persona.");
  }

  private static List<String> evidenceHeader(String personaId) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/evidence.schema.json",
        "Evidence for "
            + personaId
            + ", one record per paper; key papers marked by `podium import profile`.",
        "Edit freely: a re-import updates only the fields still as imported and keeps every field"
            + " edited here.");
  }
}

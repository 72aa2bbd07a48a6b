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
import dev.podium.model.Persona;
import dev.podium.model.Persona.Publication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans {@code podium import profile}: a persona.yaml from the profile for a new persona, a themes
 * skeleton when there is none, the profile's key papers marked in evidence.yaml, and a copy of the
 * profile in sources/. An existing persona.yaml is someone's work and is only replaced on request.
 */
public final class ProfileImport {
  /** Where the import reads from and writes to, and whether an existing persona.yaml is replaced. */
  public record Request(Path profile, String profileName, String personaId, boolean replacePersona) {}

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
    Profile profile = bytes == null ? null : ProfileParser.parse(request.personaId(), new String(bytes, StandardCharsets.UTF_8));
    if (bytes != null && profile == null) {
      diagnostics.error(Location.startOf(request.profileName()), "no title line; expected the speaker's name as '# Name' at the top");
    }
    Located<EvidenceFile> current = loader.evidence(request.personaId(), diagnostics);
    Located<ThemesFile> themes = loader.themes(request.personaId(), diagnostics);
    if (diagnostics.hasErrors()) {
      return null;
    }
    PlannedWrites writes = new PlannedWrites();
    List<String> notes = new ArrayList<>();
    String copy = SourceCopy.name(dir.resolve("sources"), request.profile().getFileName().toString(), bytes, name -> false);
    KeyPaperMarker.Result marked =
        KeyPaperMarker.mark(current == null ? List.of() : current.value().evidence(), profile.keyPapers());
    if (current != null && !marked.evidence().equals(current.value().evidence())) {
      EvidenceFile file = new EvidenceFile(current.value().imported(), marked.evidence());
      writes.addYaml(dir.resolve("evidence.yaml"), evidenceHeader(request.personaId()), file, "evidence: key papers marked");
    }
    Path personaFile = dir.resolve("persona.yaml");
    if (!Files.exists(personaFile) || request.replacePersona()) {
      Persona persona = withEvidenceIds(profile.persona(), marked.idsByTitle());
      writes.addYaml(personaFile, personaHeader(request.personaId(), copy), persona, "profile");
    } else {
      notes.add("persona.yaml exists and is left as is; use --replace-persona to write it from the profile");
    }
    if (themes == null && !Files.exists(dir.resolve("themes.yaml"))) {
      byte[] skeleton = ThemesSkeleton.of(request.personaId(), profile.persona().coreThemes()).getBytes(StandardCharsets.UTF_8);
      writes.add(dir.resolve("themes.yaml"), skeleton, "themes skeleton");
    }
    writes.add(dir.resolve("sources").resolve(copy), bytes, "copy of the profile");
    return new ImportPlan(writes.list(), marked.changes(), notes);
  }

  /** Ties each selected publication to the evidence record it matched, so the brief can cite it. */
  private static Persona withEvidenceIds(Persona p, Map<String, String> ids) {
    List<Publication> publications =
        p.publications().stream()
            .map(pub -> new Publication(pub.title(), pub.year(), pub.url(), ids.get(pub.title())))
            .toList();
    return new Persona(
        p.id(), p.name(), p.honorific(), p.headline(), p.pronouns(), p.authorNames(), p.roles(),
        p.affiliations(), p.bio(), p.researchInterests(), p.expertise(), publications, p.appearances(),
        p.mediaSummary(), p.media(), p.links(), p.coreThemes(), p.position());
  }

  private static List<String> personaHeader(String personaId, String copy) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/persona.schema.json",
        "Persona " + personaId + ", written by `podium import profile` from sources/" + copy + ".",
        "Edit freely: a later profile import leaves this file alone unless given --replace-persona.");
  }

  private static List<String> evidenceHeader(String personaId) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/evidence.schema.json",
        "Evidence for " + personaId + ", one record per paper; key papers marked by `podium import profile`.",
        "Edit freely: a re-import updates only the fields still as imported and keeps every field edited here.");
  }
}

package dev.podium.imports.profile;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.ImportPlan.FileWrite;
import dev.podium.imports.KeyPaperMarker;
import dev.podium.imports.SourceText;
import dev.podium.imports.YamlRecordWriter;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Located;
import dev.podium.load.Location;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.load.ThemesFile;
import dev.podium.model.Persona;
import dev.podium.model.Persona.Publication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    List<FileWrite> writes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    KeyPaperMarker.Result marked =
        KeyPaperMarker.mark(current == null ? List.of() : current.value().evidence(), profile.keyPapers());
    if (current != null && !marked.evidence().equals(current.value().evidence())) {
      EvidenceFile file = new EvidenceFile(current.value().imported(), marked.evidence());
      writes.add(new FileWrite(dir.resolve("evidence.yaml"), yaml(evidenceHeader(request.personaId()), file), "evidence: key papers marked"));
    }
    Path personaFile = dir.resolve("persona.yaml");
    if (!Files.exists(personaFile) || request.replacePersona()) {
      Persona persona = withEvidenceIds(profile.persona(), marked.idsByTitle());
      addIfChanged(writes, personaFile, yaml(personaHeader(request), persona), "profile");
    } else {
      notes.add("persona.yaml exists and is left as is; use --replace-persona to write it from the profile");
    }
    if (themes == null && !Files.exists(dir.resolve("themes.yaml"))) {
      byte[] skeleton = ThemesSkeleton.of(request.personaId(), profile.persona().coreThemes()).getBytes(StandardCharsets.UTF_8);
      writes.add(new FileWrite(dir.resolve("themes.yaml"), skeleton, "themes skeleton"));
    }
    String copy = copyName(request.profile().getFileName().toString(), dir.resolve("sources"), bytes);
    addIfChanged(writes, dir.resolve("sources").resolve(copy), bytes, "copy of the profile");
    return new ImportPlan(writes, marked.changes(), notes);
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

  private static List<String> personaHeader(Request request) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/persona.schema.json",
        "Persona " + request.personaId() + ", written by `podium import profile` from sources/"
            + request.profile().getFileName() + ".",
        "Edit freely: a later profile import leaves this file alone unless given --replace-persona.");
  }

  private static List<String> evidenceHeader(String personaId) {
    return List.of(
        "yaml-language-server: $schema=../../schemas/evidence.schema.json",
        "Evidence for " + personaId + ", one record per paper; key papers marked by `podium import profile`.",
        "Edit freely: a re-import updates only the fields still as imported and keeps every field edited here.");
  }

  /** The copy's name: the profile's own, unless a different file already has it. */
  private static String copyName(String name, Path sources, byte[] bytes) {
    String candidate = name;
    for (int n = 2; Files.exists(sources.resolve(candidate)) && !sameContent(sources.resolve(candidate), bytes); n++) {
      int dot = name.lastIndexOf('.');
      candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
    return candidate;
  }

  private static byte[] yaml(List<String> header, Record value) {
    return YamlRecordWriter.write(header, value).getBytes(StandardCharsets.UTF_8);
  }

  private static void addIfChanged(List<FileWrite> writes, Path path, byte[] content, String what) {
    if (!sameContent(path, content)) {
      writes.add(new FileWrite(path, content, what));
    }
  }

  private static boolean sameContent(Path path, byte[] bytes) {
    try {
      return Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes);
    } catch (IOException e) {
      return false;
    }
  }
}

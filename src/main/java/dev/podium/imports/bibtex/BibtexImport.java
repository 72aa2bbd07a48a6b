package dev.podium.imports.bibtex;

import dev.podium.imports.EvidenceHeader;
import dev.podium.imports.EvidenceMerger;
import dev.podium.imports.ImportBase;
import dev.podium.imports.ImportPlan;
import dev.podium.imports.KeyPaperMarker;
import dev.podium.imports.PersonaStub;
import dev.podium.imports.PlannedWrites;
import dev.podium.imports.SourceCopy;
import dev.podium.imports.SourceText;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Located;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans {@code podium import bibtex}: reads the .bib file, turns its entries into evidence and
 * merges them into the persona's evidence.yaml by the listing import's rules (see
 * {@link EvidenceMerger}). The base of the merge is the copy of the .bib file in the persona's
 * sources/ that the previous import of a file of that name left there.
 */
public final class BibtexImport {
  /** Where the import reads from and writes to. */
  public record Request(Path bib, String bibName, String personaId) {}

  private static final String COMMAND = "import bibtex";

  private final SeedsDirectory seeds;
  private final SeedsLoader loader;

  public BibtexImport(SeedsDirectory seeds) {
    this.seeds = seeds;
    this.loader = new SeedsLoader(seeds);
  }

  /** The plan, or {@code null} when the diagnostics hold errors; then nothing may be written. */
  public ImportPlan plan(Request request, Diagnostics diagnostics) {
    Path dir = seeds.personaDir(request.personaId());
    byte[] bytes = SourceText.read(request.bib(), request.bibName(), diagnostics);
    List<BibEntry> entries =
        bytes == null ? null : BibtexReader.read(new String(bytes, StandardCharsets.UTF_8), request.bibName(), diagnostics);
    ImportBase seedsNow = ImportBase.load(loader, request.personaId(), diagnostics);
    if (seedsNow == null) {
      return null;
    }
    Located<EvidenceFile> current = seedsNow.current();
    Path sources = dir.resolve("sources");
    // A file of the same name that reads as BibTeX is the previous import of this file; anything
    // else there (a listing, a profile) is kept, and the copy takes a new name.
    String copy = SourceCopy.name(sources, request.bib().getFileName().toString(), bytes, name -> readable(sources.resolve(name)) != null);
    List<Evidence> ours = seedsNow.evidence();
    BibtexImporter importer = new BibtexImporter(new StanceTagger(seedsNow.taxonomy()));
    List<Evidence> theirs = importer.toEvidence(entries, request.bibName(), diagnostics);
    List<BibEntry> previous = readable(sources.resolve(copy));
    List<Evidence> base = previous == null ? null : importer.toEvidence(previous, copy, new Diagnostics());
    EvidenceMerger.Result merged = EvidenceMerger.merge(ours, base, theirs, seedsNow.themes());
    merged = KeyPaperMarker.markAdded(merged, seedsNow.namedPapers());
    PlannedWrites writes = new PlannedWrites();
    List<String> notes = new ArrayList<>();
    // Unchanged records leave the file alone, with the header and comments of an earlier import.
    if (current == null || !merged.evidence().equals(ours)) {
      EvidenceFile file = new EvidenceFile(current == null ? null : current.value().imported(), merged.evidence());
      writes.addYaml(dir.resolve("evidence.yaml"), EvidenceHeader.of(request.personaId(), COMMAND), file, "evidence");
    }
    writes.add(sources.resolve(copy), bytes, "copy of the BibTeX file");
    PersonaStub.planIfMissing(dir, request.personaId(), COMMAND, writes, notes);
    return new ImportPlan(writes.list(), merged.changes(), notes);
  }

  /** The entries of a .bib file in sources/, or {@code null} when there is none that reads. */
  private static List<BibEntry> readable(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return BibtexReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), new Diagnostics());
    } catch (IOException e) {
      // Not UTF-8 or not readable: not a copy this import made, so it is neither base nor replaced.
      return null;
    }
  }
}

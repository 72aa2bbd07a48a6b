package dev.podium.imports;

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
 * Plans the import of a bibliography file (BibTeX, CSL-JSON, RIS): its items become evidence,
 * merged into the persona's evidence.yaml (see {@link EvidenceMerger}) with the copy that the
 * previous import of a file of that name left in sources/ as the base, so curated fields survive a
 * re-import. Nothing is written here; the plan says what to write.
 *
 * @param <T> an item as the format's reader gives it
 */
public final class FileImport<T> {
  /** What a format brings: a reader of its items and a maker of records from them. */
  public interface Format<T> {
    /** The file's items, or {@code null} after reporting why the text cannot be read. */
    List<T> read(String text, String name, Diagnostics diagnostics);

    /** One record per usable item, in file order; the others are reported as warnings. */
    List<Evidence> records(
        List<T> items, String name, StanceTagger tagger, Diagnostics diagnostics);
  }

  /** A format whose reader gives works, which {@link WorkRecords} makes records of. */
  public static Format<Work> ofWorks(Reader reader) {
    return new Format<>() {
      @Override
      public List<Work> read(String text, String name, Diagnostics diagnostics) {
        return reader.read(text, name, diagnostics);
      }

      @Override
      public List<Evidence> records(
          List<Work> works, String name, StanceTagger tagger, Diagnostics diagnostics) {
        return new WorkRecords(tagger).toEvidence(works, diagnostics);
      }
    };
  }

  /** Reads a file's text into works, or returns {@code null} after reporting why it cannot. */
  public interface Reader {
    List<Work> read(String text, String name, Diagnostics diagnostics);
  }

  /** Where the import reads from and writes to. */
  public record Request(Path file, String fileName, String personaId) {}

  private final SeedsDirectory seeds;
  private final SeedsLoader loader;
  private final Format<T> format;
  private final String command;
  private final String what;

  /**
   * @param command the command as the user types it, for the file header ("import ris")
   * @param what the copy in sources/, in words for the report ("copy of the RIS file")
   */
  public FileImport(SeedsDirectory seeds, Format<T> format, String command, String what) {
    this.seeds = seeds;
    this.loader = new SeedsLoader(seeds);
    this.format = format;
    this.command = command;
    this.what = what;
  }

  /** The plan, or {@code null} when the diagnostics hold errors; then nothing may be written. */
  public ImportPlan plan(Request request, Diagnostics diagnostics) {
    Path dir = seeds.personaDir(request.personaId());
    byte[] bytes = SourceText.read(request.file(), request.fileName(), diagnostics);
    List<T> items =
        bytes == null
            ? null
            : format.read(
                new String(bytes, StandardCharsets.UTF_8), request.fileName(), diagnostics);
    // Loaded even when the file has errors, so that problems in the seeds are reported too.
    ImportBase seedsNow = ImportBase.load(loader, request.personaId(), diagnostics);
    if (seedsNow == null || items == null) {
      return null;
    }
    Located<EvidenceFile> current = seedsNow.current();
    Path sources = dir.resolve("sources");
    // A file of the same name that this format reads is the previous import of this file; anything
    // else there (a listing, a profile) is kept, and the copy takes a new name.
    String copy =
        SourceCopy.name(
            sources,
            request.file().getFileName().toString(),
            bytes,
            name -> readable(sources.resolve(name)) != null);
    List<Evidence> ours = seedsNow.evidence();
    StanceTagger tagger = new StanceTagger(seedsNow.taxonomy());
    List<Evidence> theirs = format.records(items, request.fileName(), tagger, diagnostics);
    List<T> previous = readable(sources.resolve(copy));
    List<Evidence> base =
        previous == null ? null : format.records(previous, copy, tagger, new Diagnostics());
    EvidenceMerger.Result merged = EvidenceMerger.merge(ours, base, theirs, seedsNow.themes());
    merged = KeyPaperMarker.markAdded(merged, seedsNow.namedPapers());
    PlannedWrites writes = new PlannedWrites();
    List<String> notes = new ArrayList<>();
    // Unchanged records leave the file alone, with the header and comments of an earlier import.
    if (current == null || !merged.evidence().equals(ours)) {
      EvidenceFile file =
          new EvidenceFile(current == null ? null : current.value().imported(), merged.evidence());
      writes.addYaml(
          dir.resolve("evidence.yaml"),
          EvidenceHeader.of(request.personaId(), command),
          file,
          "evidence");
    }
    writes.add(sources.resolve(copy), bytes, what);
    PersonaStub.planIfMissing(dir, request.personaId(), command, writes, notes);
    return new ImportPlan(writes.list(), merged.changes(), notes);
  }

  /** The items of a file in sources/, or {@code null} when there is none that reads. */
  private List<T> readable(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return format.read(
          Files.readString(file, StandardCharsets.UTF_8), file.toString(), new Diagnostics());
    } catch (IOException e) {
      // Not UTF-8 or not readable: not a copy this import made, so it is neither base nor replaced.
      return null;
    }
  }
}

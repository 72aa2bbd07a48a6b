package dev.podium.imports.listing;

import dev.podium.imports.EvidenceHeader;
import dev.podium.imports.EvidenceMerger;
import dev.podium.imports.ImportBase;
import dev.podium.imports.ImportPlan;
import dev.podium.imports.KeyPaperMarker;
import dev.podium.imports.PersonaStub;
import dev.podium.imports.PlannedWrites;
import dev.podium.imports.Slugs;
import dev.podium.imports.SourceCopy;
import dev.podium.imports.SourceText;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Located;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import dev.podium.model.Taxonomy;
import dev.podium.model.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans {@code podium import listing}: reads the listing and the persona's current evidence, merges
 * (see {@link EvidenceMerger}) and returns the files to write, without writing them. The base of
 * the merge is the importer's reading of the listing copy the last import left in the persona's
 * {@code sources/}, with the year that import used.
 */
public final class ListingImport {
  /** Where the import reads from and writes to, and the year of dates printed without one. */
  public record Request(
      Path listing, String listingName, String personaId, int year, boolean yearGiven) {}

  private final SeedsDirectory seeds;
  private final SeedsLoader loader;

  public ListingImport(SeedsDirectory seeds) {
    this.seeds = seeds;
    this.loader = new SeedsLoader(seeds);
  }

  /**
   * The plan, or {@code null} when the diagnostics hold errors (in the listing, the taxonomy or the
   * persona's evidence or themes); then nothing may be written.
   */
  public ImportPlan plan(Request request, Diagnostics diagnostics) {
    Path dir = seeds.personaDir(request.personaId());
    byte[] bytes = SourceText.read(request.listing(), request.listingName(), diagnostics);
    List<ListingEntry> entries =
        bytes == null
            ? null
            : new ListingParser(request.listingName(), request.year(), diagnostics)
                .parse(new String(bytes, StandardCharsets.UTF_8));
    ImportBase seedsNow = ImportBase.load(loader, request.personaId(), diagnostics);
    if (seedsNow == null) {
      return null;
    }
    Previous previous = previous(request, dir, seedsNow.current(), diagnostics);
    EvidenceMerger.Result merged =
        merge(seedsNow.taxonomy(), entries, previous, seedsNow.evidence(), seedsNow.themes());
    // Papers the profile names are key from the moment they arrive, whichever import came first.
    merged = KeyPaperMarker.markAdded(merged, seedsNow.namedPapers());
    List<String> notes = notes(request, entries, previous);
    PlannedWrites writes = new PlannedWrites();
    String copy =
        SourceCopy.name(
            dir.resolve("sources"),
            fileName(request.listing()),
            bytes,
            candidate -> ("sources/" + candidate).equals(previous.source()));
    EvidenceFile file =
        new EvidenceFile(
            new EvidenceFile.Imported(
                new EvidenceFile.ListingImport("sources/" + copy, request.year())),
            merged.evidence());
    writes.addYaml(
        dir.resolve("evidence.yaml"),
        EvidenceHeader.of(request.personaId(), "import listing"),
        file,
        "evidence");
    writes.add(dir.resolve("sources").resolve(copy), bytes, "copy of the listing");
    PersonaStub.planIfMissing(dir, request.personaId(), "import listing", writes, notes);
    return new ImportPlan(writes.list(), merged.changes(), notes);
  }

  /** Reads both listings the same way, so that only real differences show up in the merge. */
  private static EvidenceMerger.Result merge(
      Taxonomy taxonomy,
      List<ListingEntry> entries,
      Previous previous,
      List<Evidence> ours,
      List<Theme> themes) {
    ListingImporter importer = new ListingImporter(new StanceTagger(taxonomy));
    List<Evidence> theirs = importer.toEvidence(entries, new Slugs(List.of()));
    List<Evidence> base =
        previous.entries() == null
            ? null
            : importer.toEvidence(previous.entries(), new Slugs(List.of()));
    return EvidenceMerger.merge(ours, base, theirs, themes);
  }

  /** The previous import of a listing, if any: its entries as they read now, and its year. */
  private record Previous(String source, List<ListingEntry> entries, Integer year) {}

  /**
   * The entries of the listing copy the last import recorded, or else of a copy in sources/ with
   * the new listing's name. A copy that no longer reads cleanly gives only its well-formed entries;
   * a record without its base is then kept as written, never overwritten.
   */
  private Previous previous(
      Request request, Path dir, Located<EvidenceFile> current, Diagnostics diagnostics) {
    EvidenceFile.ListingImport recorded =
        current == null || current.value().imported() == null
            ? null
            : current.value().imported().listing();
    String source = recorded != null ? recorded.source() : "sources/" + fileName(request.listing());
    int year = recorded != null ? recorded.year() : request.year();
    Path path = dir.resolve(source).normalize();
    if (!path.startsWith(dir.normalize()) || !Files.isRegularFile(path)) {
      if (recorded != null) {
        diagnostics.warning(
            current.sourceMap().locate("imported.listing.source"),
            "the previous listing '"
                + source
                + "' is not in the persona's folder; records found in"
                + " the new listing are kept as written");
      }
      return new Previous(null, null, null);
    }
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      List<ListingEntry> entries = new ListingParser(source, year, new Diagnostics()).parse(text);
      return new Previous(source, entries, recorded != null ? year : null);
    } catch (IOException | UncheckedIOException e) {
      return new Previous(null, null, null);
    }
  }

  private static List<String> notes(
      Request request, List<ListingEntry> entries, Previous previous) {
    List<String> notes = new ArrayList<>();
    if (entries.stream().anyMatch(e -> !e.meta().yearGiven())) {
      String how =
          request.yearGiven() ? "as given by --year" : "the current year; use --year to change it";
      String note = "dates without a year are read as " + request.year() + " (" + how + ")";
      if (previous.year() != null && previous.year() != request.year()) {
        note += "; the previous import read them as " + previous.year();
      }
      notes.add(note);
    }
    return notes;
  }

  private static String fileName(Path path) {
    return path.getFileName().toString();
  }
}

package dev.podium.imports.bibtex;

import dev.podium.imports.EvidenceMerger;
import dev.podium.imports.FileImport;
import dev.podium.imports.ImportPlan;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Evidence;
import java.nio.file.Path;
import java.util.List;

/**
 * Plans {@code podium import bibtex}: reads the .bib file, turns its entries into evidence and
 * merges them into the persona's evidence.yaml by the listing import's rules (see {@link
 * EvidenceMerger}). The base of the merge is the copy of the .bib file in the persona's sources/
 * that the previous import of a file of that name left there.
 */
public final class BibtexImport {
  /** Where the import reads from and writes to. */
  public record Request(Path bib, String bibName, String personaId) {}

  /** BibTeX as a format of {@link FileImport}: jbibtex's entries, made records by the importer. */
  static final FileImport.Format<BibEntry> FORMAT =
      new FileImport.Format<>() {
        @Override
        public List<BibEntry> read(String text, String name, Diagnostics diagnostics) {
          return BibtexReader.read(text, name, diagnostics);
        }

        @Override
        public List<Evidence> records(
            List<BibEntry> entries, String name, StanceTagger tagger, Diagnostics diagnostics) {
          return new BibtexImporter(tagger).toEvidence(entries, name, diagnostics);
        }
      };

  private final FileImport<?> files;

  public BibtexImport(SeedsDirectory seeds) {
    this.files = of(seeds);
  }

  /** The BibTeX import as a file import, for commands that run any of them the same way. */
  public static FileImport<?> of(SeedsDirectory seeds) {
    return new FileImport<>(seeds, FORMAT, "import bibtex", "copy of the BibTeX file");
  }

  /** The plan, or {@code null} when the diagnostics hold errors; then nothing may be written. */
  public ImportPlan plan(Request request, Diagnostics diagnostics) {
    return files.plan(
        new FileImport.Request(request.bib(), request.bibName(), request.personaId()), diagnostics);
  }
}

package dev.podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.imports.bibtex.BibtexImport;
import dev.podium.imports.csl.CslJsonReader;
import dev.podium.imports.ris.RisReader;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, then import into an empty persona, gives the same items: for each format, batches of
 * seeded random records (see {@link RandomWorks}) are exported, imported by the real import into a
 * new persona, read back from its evidence.yaml and compared field by field.
 */
class InterchangeRoundTripTest {
  private static final int ROUNDS = 25;
  private static final int PER_ROUND = 8;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void exportThenImportGivesTheSameItems(ExportFormat format) throws IOException {
    SeedsDirectory seeds = SeedsDirectory.onDisk(TestSeeds.copy(temp));
    for (int round = 0; round < ROUNDS; round++) {
      RandomWorks random =
          new RandomWorks(31L * round + format.ordinal(), format != ExportFormat.BIBTEX);
      List<Evidence> records = new ArrayList<>();
      for (int i = 0; i < PER_ROUND; i++) {
        records.add(random.evidence("record-" + round + "-" + i));
      }
      List<Evidence> back = importInto(seeds, "round-" + round, format, format.write(records));
      assertThat(back).hasSize(records.size());
      for (int i = 0; i < records.size(); i++) {
        assertThat(Bibliographic.of(back.get(i)))
            .as("round %d record %d, %s", round, i, format)
            .isEqualTo(Bibliographic.of(records.get(i)));
      }
    }
  }

  /** What an export carries: every bibliographic field; not the curated judgements or the id. */
  record Bibliographic(
      String title,
      List<String> authors,
      boolean etAl,
      String date,
      String precision,
      String type,
      String container,
      String doi,
      String arxivId,
      String volume,
      String pages,
      String publisher,
      String url,
      String abstract_) {
    static Bibliographic of(Evidence e) {
      return new Bibliographic(
          e.title(),
          e.authors(),
          e.etAl(),
          e.date().toString(),
          e.precision().id(),
          e.type() == null ? null : e.type().id(),
          e.container(),
          e.doi(),
          e.arxivId(),
          e.volume(),
          e.pages(),
          e.publisher(),
          e.url(),
          e.abstract_());
    }
  }

  /** Runs the format's import into a new persona, writes its plan and loads the evidence back. */
  static List<Evidence> importInto(
      SeedsDirectory seeds, String persona, ExportFormat format, String text) throws IOException {
    String name =
        switch (format) {
          case BIBTEX -> "export.bib";
          case CSL_JSON -> "export.json";
          case RIS -> "export.ris";
        };
    Path file = seeds.root().resolveSibling(persona + "-" + name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan =
        switch (format) {
          case BIBTEX ->
              new BibtexImport(seeds)
                  .plan(new BibtexImport.Request(file, name, persona), diagnostics);
          case CSL_JSON ->
              new FileImport<>(
                      seeds, FileImport.ofWorks(CslJsonReader::read), "import csl-json", "copy")
                  .plan(new FileImport.Request(file, name, persona), diagnostics);
          case RIS ->
              new FileImport<>(seeds, FileImport.ofWorks(RisReader::works), "import ris", "copy")
                  .plan(new FileImport.Request(file, name, persona), diagnostics);
        };
    assertThat(diagnostics.sorted()).as(text).isEmpty();
    assertThat(plan.count(RecordChange.Kind.ADDED)).isEqualTo(plan.changes().size());
    for (ImportPlan.FileWrite write : plan.writes()) {
      Files.createDirectories(write.path().getParent());
      Files.write(write.path(), write.content());
    }
    Diagnostics loading = new Diagnostics();
    var loaded = new SeedsLoader(seeds).evidence(persona, loading);
    assertThat(loading.sorted()).isEmpty();
    return loaded.value().evidence();
  }

  static List<String> ids() {
    return Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList();
  }
}

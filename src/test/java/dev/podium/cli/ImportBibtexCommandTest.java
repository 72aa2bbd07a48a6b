package dev.podium.cli;

import static dev.podium.cli.ImportListingCommandTest.podium;
import static dev.podium.cli.ImportListingCommandTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.cli.ImportListingCommandTest.Run;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.DatePrecision;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBibtexCommandTest {
  private static final Path BIB = Path.of("src/test/resources/bibtex/papers.bib");
  private static final Path MALFORMED = Path.of("src/test/resources/bibtex/malformed.bib");

  @TempDir Path temp;

  private static List<Evidence> evidence(Path seeds, String persona) {
    Diagnostics diagnostics = new Diagnostics();
    var file = new SeedsLoader(SeedsDirectory.onDisk(seeds)).evidence(persona, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return file.value().evidence();
  }

  @Test
  void entriesBecomeEvidenceWithUnicodeNamesAndLinks() {
    Path seeds = TestSeeds.copy(temp);
    Run run =
        podium(
            "import",
            "bibtex",
            BIB.toString(),
            "--persona",
            "jane-doe",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo(
            BIB
                + ":31:1: warning: entry 'noabstract' has no abstract; skipped"
                + " (a record needs title, author, year and abstract)\n");
    assertThat(run.out()).contains("imported 3 added, 0 updated");
    List<Evidence> all = evidence(seeds, "jane-doe");
    assertThat(all).hasSize(3);
    Evidence first = all.get(0);
    assertThat(first.title())
        .isEqualTo("Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training");
    assertThat(first.authors()).containsExactly("Kurt Gödel", "Marie Renée", "Petra Šimon");
    assertThat(first.etAl()).isTrue();
    assertThat(first.date()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(first.url()).isEqualTo("https://doi.org/10.1234/abc.5678");
    assertThat(first.finding()).startsWith("We find that standard safety training fails");
    assertThat(first.stances()).isNotEmpty();
    assertThat(all.get(1).url()).isEqualTo("https://arxiv.org/abs/2401.01814");
    assertThat(all.get(1).etAl()).isFalse();
    assertThat(all.get(1).date()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(all.get(2).url()).isEqualTo("https://example.org/governance");
    assertThat(all.get(2).authors()).containsExactly("Alan Turing", "Ada Lovelace");
    assertThat(all.get(2).date()).isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(seeds.resolve("personas/jane-doe/sources/papers.bib")).hasSameBinaryContentAs(BIB);
    assertThat(podium("check", "--seeds", seeds.toString()).out()).startsWith("ok: ");
    // The bibliographic item, only as far as each entry says it.
    assertThat(first.type()).isEqualTo(ItemType.ARTICLE);
    assertThat(first.container()).isEqualTo("Journal of Tests");
    assertThat(first.doi()).isEqualTo("10.1234/abc.5678");
    assertThat(first.arxivId()).isNull();
    assertThat(first.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(all.get(1).type()).isEqualTo(ItemType.PREPRINT);
    assertThat(all.get(1).arxivId()).isEqualTo("2401.01814");
    assertThat(all.get(1).datePrecision()).isEqualTo(DatePrecision.YEAR);
    assertThat(all.get(2).type()).isEqualTo(ItemType.PAPER_CONFERENCE);
    assertThat(all.get(2).container()).isNull();
    assertThat(all.get(2).publisher()).isNull();
  }

  @Test
  void reimportingKeepsCuratedFieldsAndChangesNothingElse() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    podium("import", "bibtex", BIB.toString(), "--persona", "jane-doe", "--seeds", dir);
    Path evidence = seeds.resolve("personas/jane-doe/evidence.yaml");
    TestSeeds.edit(
        evidence,
        "title: \"Governance of Frontier Models\"",
        "title: \"Governing Frontier Models\"");
    Map<String, String> before = snapshot(seeds);

    Run again = podium("import", "bibtex", BIB.toString(), "--persona", "jane-doe", "--seeds", dir);

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("0 added, 0 updated, 3 unchanged").endsWith("is up to date\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void malformedBibtexIsALocatedErrorAndNothingIsWritten() {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);

    Run run =
        podium(
            "import",
            "bibtex",
            MALFORMED.toString(),
            "--persona",
            "jane-doe",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            MALFORMED
                + ":11:3: malformed BibTeX: found 'year' where ',', '#' or '}' should be;"
                + " is a comma or a brace missing before it?\n")
        .endsWith("nothing imported, nothing written\n")
        .doesNotContain("\tat ");
    assertThat(snapshot(seeds)).isEqualTo(before);
    assertThat(Files.exists(seeds.resolve("personas/jane-doe"))).isFalse();
  }

  @Test
  void aPaperAlreadyImportedFromAListingIsKeptAndNewOnesGetFreeIds() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    Path listing = Path.of("seeds/personas/fazl-barez/sources/001_b89f686bb3a49483.txt");
    assertThat(
            podium(
                    "import",
                    "listing",
                    listing.toString(),
                    "--persona",
                    "jane-doe",
                    "--year",
                    "2026",
                    "--seeds",
                    dir)
                .code())
        .isZero();
    Path listingCopy = seeds.resolve("personas/jane-doe/sources/papers.bib");
    // A file of the .bib's name that is not BibTeX is someone else's and must survive.
    Files.writeString(listingCopy, "not a bibliography\n");
    int before = evidence(seeds, "jane-doe").size();

    Run run = podium("import", "bibtex", BIB.toString(), "--persona", "jane-doe", "--seeds", dir);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("as is   sleeper-agents  no earlier import to compare with; kept as written")
        .contains("add     unlearning-is-not-forgetting")
        .contains(
            "imported 2 added, 0 updated, 0 unchanged, 1 kept as written, "
                + (before - 1)
                + " not in this file")
        .contains("sources/papers-2.bib (copy of the BibTeX file)");
    assertThat(listingCopy).hasContent("not a bibliography");
    List<Evidence> all = evidence(seeds, "jane-doe");
    assertThat(all).hasSize(before + 2);
    assertThat(all.stream().map(Evidence::id).distinct()).hasSize(all.size());
    assertThat(podium("check", "--seeds", dir).code()).isZero();
  }

  @Test
  void aDryRunWritesNothing() {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);

    Run run =
        podium(
            "import",
            "bibtex",
            BIB.toString(),
            "--persona",
            "jane-doe",
            "--dry-run",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("would import 3 added")
        .contains("would write ")
        .endsWith("dry run: nothing written\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }

  @Test
  void usageMistakesExitTwo() {
    Path seeds = TestSeeds.copy(temp);
    assertThat(
            podium("import", "bibtex", "nope.bib", "--persona", "x", "--seeds", seeds.toString())
                .err())
        .isEqualTo("podium: BibTeX file not found: nope.bib\n");
    assertThat(podium("import", "bibtex", BIB.toString(), "--seeds", seeds.toString()).code())
        .isEqualTo(2);
    assertThat(podium("import").err())
        .startsWith("podium: missing source kind: listing, profile, bibtex, csl-json or ris");
  }
}

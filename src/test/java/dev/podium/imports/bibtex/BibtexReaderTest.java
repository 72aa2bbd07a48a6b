package dev.podium.imports.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostic;
import dev.podium.load.Diagnostics;
import dev.podium.model.DatePrecision;
import dev.podium.model.ItemType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibtexReaderTest {
  private static List<String> problems(String bib) {
    Diagnostics diagnostics = new Diagnostics();
    List<BibEntry> entries = BibtexReader.read(bib, "x.bib", diagnostics);
    if (diagnostics.hasErrors()) {
      assertThat(entries).isNull();
    }
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  private static BibEntry only(String bib) {
    Diagnostics diagnostics = new Diagnostics();
    List<BibEntry> entries = BibtexReader.read(bib, "x.bib", diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  @Test
  void malformedFilesAreLocatedErrors() {
    assertProblem(
        "@article{a,\n  title = {T}\n\tyear = 2020}",
        "x.bib:3:2: malformed BibTeX: found 'year' where ',', '#' or '}' should be; is a comma or a"
            + " brace missing before it?");
    assertProblem(
        "@article{a, title = {T}}\n\n@misc{b, title = {T}",
        "x.bib:3:1: malformed BibTeX: the file ends inside entry 'b'; check that its braces and"
            + " quotes are balanced and that it ends with '}'");
    assertProblem(
        "@article{a, title {T}}",
        "x.bib:1:19: malformed BibTeX: found '{' where '=' should be; is a comma or a brace missing"
            + " before it?");
    assertProblem(
        "@article{a, title = {T},\n journal = jmlr}",
        "x.bib:2:12: undefined string 'jmlr'; define it with @string{jmlr = {…}} or put the value"
            + " in braces");
    assertProblem(
        "@inproceedings{a, title = {T}, crossref = {conf2020}}",
        "x.bib:1:44: cross-reference to 'conf2020', which is not an entry in this file; add that"
            + " entry or remove the crossref");
    assertProblem(
        "just some words",
        "x.bib:1:1: no BibTeX entries found; expected entries such as @article{key, title = {…},"
            + " …}");
  }

  /** Files built to exhaust the stack or the heap are refused before jbibtex expands them. */
  @Test
  void filesThatWouldExhaustStackOrMemoryAreLocatedErrors() {
    assertProblem(
        "@article{a, title = {" + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}}",
        "x.bib:1:52: braces nested more than 32 deep; a field needs only a few levels, so check"
            + " for braces that are never closed");
    assertProblem(
        "@string{s = \"ab\"}\n@article{a, title = " + "s # ".repeat(200_000) + "s}",
        "x.bib:2:1047: a field joins more than 256 parts with '#'; write its value in braces");
    StringBuilder doubling = new StringBuilder("@string{s0 = \"abcdefgh\"}\n");
    for (int i = 1; i < 40; i++) {
      doubling
          .append("@string{s")
          .append(i)
          .append(" = s")
          .append(i - 1)
          .append(" # s")
          .append(i - 1)
          .append("}\n");
    }
    doubling.append("@article{a, title = s39, year = 2020}\n");
    assertProblem(
        doubling.toString(),
        "x.bib:41:1: field 'title' of entry 'a' expands to more than 100000 characters through"
            + " @string macros; check the @string definitions it uses");
  }

  @Test
  void aFieldJustWithinTheLimitsIsRead() {
    Diagnostics diagnostics = new Diagnostics();
    String title = "{".repeat(30) + "T" + "}".repeat(30);
    List<BibEntry> entries =
        BibtexReader.read(
            "@string{s = \"ab\"}\n@article{a, title = {"
                + title
                + "}, note = "
                + "s # ".repeat(255)
                + "s}",
            "x.bib",
            diagnostics);
    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(entries).hasSize(1);
  }

  private static void assertProblem(String bib, String expected) {
    assertThat(problems(bib)).containsExactly(expected);
  }

  @Test
  void aRepeatedKeyIsAWarningAndTheFirstEntryCounts() {
    String bib = "@article{a, title = {First}}\n@article{A, title = {Second}}\n";
    assertThat(problems(bib))
        .containsExactly(
            "x.bib:2:1: warning: entry key 'A' was used before, at line 1; only that first entry is"
                + " imported, so give this one its own key");
  }

  @Test
  void stringsAndCrossReferencesAreResolved() {
    String bib =
        """
        @string{venue = {Proc. of Tests}}
        @inproceedings{child, title = {Child}, crossref = {parent}, month = may}
        @proceedings{parent, booktitle = venue # { 2024}, year = 2024}
        """;
    Diagnostics diagnostics = new Diagnostics();
    List<BibEntry> entries = BibtexReader.read(bib, "x.bib", diagnostics);
    BibEntry child = entries.get(0);
    assertThat(child.line()).isEqualTo(2);
    assertThat(child.raw("booktitle")).isEqualTo("Proc. of Tests 2024");
    assertThat(BibDate.of(child)).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void crossReferencesThatLoopEndAtTheFirstRepeat() {
    Diagnostics diagnostics = new Diagnostics();
    List<BibEntry> entries =
        BibtexReader.read(
            "@misc{a, title = {A}, crossref = {b}}\n@misc{b, year = 2020, crossref = {a}}\n",
            "x.bib",
            diagnostics);
    assertThat(entries.get(0).raw("year")).isEqualTo("2020");
    assertThat(entries.get(1).raw("title")).isEqualTo("A");
  }

  @Test
  void urlsComeFromUrlThenDoiThenArxiv() {
    assertThat(BibtexImporter.url(only("@misc{a, url = {https://x.org/p}, doi = {10.1/x}}")))
        .isEqualTo("https://x.org/p");
    assertThat(BibtexImporter.url(only("@misc{a, doi = {https://doi.org/10.1/x}}")))
        .isEqualTo("https://doi.org/10.1/x");
    assertThat(BibtexImporter.url(only("@misc{a, eprint = {2401.05566}, archivePrefix = {arXiv}}")))
        .isEqualTo("https://arxiv.org/abs/2401.05566");
    assertThat(BibtexImporter.url(only("@article{a, journal = {arXiv preprint arXiv:2406.10162}}")))
        .isEqualTo("https://arxiv.org/abs/2406.10162");
    assertThat(BibtexImporter.url(only("@misc{a, eprint = {hep/123}}"))).isNull();
  }

  @Test
  void onlyArxivOnlyEntriesGetACategory() {
    assertThat(
            BibtexImporter.category(
                only(
                    "@misc{a, eprint = {2401.05566}, archivePrefix = {arXiv}, primaryClass ="
                        + " {cs.CL}}")))
        .isEqualTo("CL");
    assertThat(
            BibtexImporter.category(
                only(
                    "@inproceedings{a, booktitle = {ICML}, eprint = {2401.05566}, archivePrefix ="
                        + " {arXiv}, primaryClass = {cs.LG}}")))
        .isNull();
  }

  @Test
  void datesTakeWhatIsGiven() {
    assertThat(BibDate.of(only("@misc{a, date = {2024-03-17}, year = 2020}")))
        .isEqualTo(LocalDate.of(2024, 3, 17));
    assertThat(BibDate.of(only("@misc{a, year = {2023}, month = {11}, day = {31}}")))
        .isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(BibDate.of(only("@misc{a, year = {2023}, month = {Sept.}}")))
        .isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(BibDate.of(only("@misc{a, year = {in press}}"))).isNull();
  }

  @Test
  void theItemTakesOnlyWhatTheEntrySays() {
    BibEntry article =
        only(
            "@article{a, journal = {J. of Tests}, volume = {7}, pages = {1--10}, doi ="
                + " {https://doi.org/10.1/x}, publisher = {ACM}}");
    assertThat(BibtexImporter.type(article)).isEqualTo(ItemType.ARTICLE);
    assertThat(BibtexImporter.container(article)).isEqualTo("J. of Tests");
    assertThat(BibtexImporter.doi(article)).isEqualTo("10.1/x");
    BibEntry paper =
        only(
            "@inproceedings{a, booktitle = {Proc. of Tests}, eprint = {2401.05566}, archivePrefix ="
                + " {arXiv}}");
    assertThat(BibtexImporter.type(paper)).isEqualTo(ItemType.PAPER_CONFERENCE);
    assertThat(BibtexImporter.container(paper)).isEqualTo("Proc. of Tests");
    BibEntry preprint = only("@article{a, journal = {arXiv preprint arXiv:2406.10162}}");
    assertThat(BibtexImporter.type(preprint)).isEqualTo(ItemType.PREPRINT);
    assertThat(BibtexImporter.container(preprint)).isNull();
    assertThat(BibtexImporter.arxivId(preprint)).isEqualTo("2406.10162");
    assertThat(BibtexImporter.type(only("@misc{a, note = {a talk}}"))).isNull();
  }

  @Test
  void datesSayHowMuchWasGiven() {
    assertThat(BibDate.precision(only("@misc{a, date = {2024-03-17}}"))).isNull();
    assertThat(BibDate.precision(only("@misc{a, date = {2024-03}}")))
        .isEqualTo(DatePrecision.MONTH);
    assertThat(BibDate.precision(only("@misc{a, date = {2024}}"))).isEqualTo(DatePrecision.YEAR);
    assertThat(BibDate.precision(only("@misc{a, year = {2023}}"))).isEqualTo(DatePrecision.YEAR);
    assertThat(BibDate.precision(only("@misc{a, year = {2023}, month = may}")))
        .isEqualTo(DatePrecision.MONTH);
    assertThat(BibDate.precision(only("@misc{a, year = {2023}, month = {11}, day = {31}}")))
        .isEqualTo(DatePrecision.MONTH);
    assertThat(BibDate.precision(only("@misc{a, year = {2023}, month = {11}, day = {30}}")))
        .isNull();
    assertThat(BibDate.precision(only("@misc{a, year = {2023}, month = {Smarch}}")))
        .isEqualTo(DatePrecision.YEAR);
  }
}

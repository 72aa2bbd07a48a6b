package dev.podium.imports.ris;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.imports.Work;
import dev.podium.load.Diagnostic;
import dev.podium.load.Diagnostics;
import dev.podium.model.DatePrecision;
import dev.podium.model.ItemType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RisReaderTest {
  private static final Path ZOTERO = Path.of("src/test/resources/interchange/zotero.ris");

  @Test
  void aZoteroExportReadsIntoWorks() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    List<Work> works = RisReader.works(Files.readString(ZOTERO), "zotero.ris", diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(works).hasSize(5);
    Work preprint = works.get(0);
    assertThat(preprint.at().line()).isEqualTo(1);
    assertThat(preprint.arxivId()).isEqualTo("2401.05566");
    assertThat(preprint.container()).isNull();
    assertThat(preprint.date()).isEqualTo(LocalDate.of(2024, 1, 17));
    assertThat(preprint.precision()).isNull();
    // The abstract's second paragraph is an untagged continuation line.
    assertThat(preprint.abstract_())
        .endsWith(
            "given the opportunity. We find that such backdoor behavior can be made persistent, so"
                + " that it is not removed by standard safety training techniques.");

    Work article = works.get(1);
    assertThat(article.type()).isEqualTo(ItemType.ARTICLE);
    assertThat(article.authors())
        .containsExactly(
            "Ludwig van Beethoven",
            "King, Jr., Martin Luther",
            "García Márquez, , Gabriel",
            "太郎 中村");
    assertThat(article.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(article.pages()).isEqualTo("1-24");

    Work report = works.get(2);
    assertThat(report.type()).isEqualTo(ItemType.REPORT);
    assertThat(report.authors()).containsExactly("{UK AI Safety Institute}", "Yoshua Bengio");
    assertThat(report.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(works.get(3).type()).isEqualTo(ItemType.PAPER_CONFERENCE);
    assertThat(works.get(3).pages()).isEqualTo("4211-4230");
    assertThat(works.get(4).type()).isEqualTo(ItemType.WEBPAGE);
    assertThat(works.get(4).abstract_()).isNull();
  }

  @Test
  void problemsAreLocatedAndNothingIsRead() {
    assertError("TI  - A title\n", "x.ris:1:1: tag TI outside a reference");
    assertError("TY  - JOUR\nTI  - A\n", "x.ris:1:1: the file ends inside this reference");
    assertError(
        "TY  - JOUR\nTI  - A\nTY  - BOOK\nER  - \n",
        "x.ris:1:1: reference has no 'ER  -' line before the next 'TY  -' at line 3");
    assertError(
        "junk\nTY  - JOUR\nER  - \n", "x.ris:1:1: expected a RIS tag line such as 'TY  - JOUR'");
    assertError("\n\n", "x.ris:1:1: no RIS references found");
  }

  private static void assertError(String text, String expected) {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(RisReader.works(text, "x.ris", diagnostics)).isNull();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith(expected);
  }
}

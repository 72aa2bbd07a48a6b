package dev.podium.imports.csl;

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

class CslJsonReaderTest {
  private static final Path ZOTERO = Path.of("src/test/resources/interchange/zotero.json");

  @Test
  void aZoteroExportReadsIntoWorks() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    List<Work> works = CslJsonReader.read(Files.readString(ZOTERO), "zotero.json", diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(works).hasSize(5);
    Work preprint = works.get(0);
    assertThat(preprint.at().line()).isEqualTo(2);
    assertThat(preprint.type()).isEqualTo(ItemType.PREPRINT);
    assertThat(preprint.arxivId()).isEqualTo("2401.05566");
    assertThat(preprint.doi()).isEqualTo("10.48550/arXiv.2401.05566");
    assertThat(preprint.publisher()).isEqualTo("arXiv");
    assertThat(preprint.date()).isEqualTo(LocalDate.of(2024, 1, 17));
    assertThat(preprint.precision()).isNull();
    assertThat(preprint.authors()).containsExactly("Evan Hubinger", "Carson Denison", "Fazl Barez");

    Work article = works.get(1);
    assertThat(article.type()).isEqualTo(ItemType.ARTICLE);
    assertThat(article.authors())
        .containsExactly(
            "Ludwig van Beethoven",
            "King, Jr., Martin Luther",
            "García Márquez, , Gabriel",
            "太郎 中村");
    assertThat(article.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(article.container()).isEqualTo("Transactions on Machine Learning Research");
    assertThat(article.pages()).isEqualTo("1-24");
    assertThat(article.volume()).isEqualTo("2025");

    Work report = works.get(2);
    assertThat(report.type()).isEqualTo(ItemType.REPORT);
    // An organisation comes back kept whole, as a literal name.
    assertThat(report.authors()).containsExactly("{UK AI Safety Institute}", "Yoshua Bengio");
    assertThat(report.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(report.date()).isEqualTo(LocalDate.of(2024, 1, 1));

    assertThat(works.get(3).type()).isEqualTo(ItemType.PAPER_CONFERENCE);
    assertThat(works.get(3).pages()).isEqualTo("4211–4230");
    assertThat(works.get(4).type()).isEqualTo(ItemType.WEBPAGE);
    assertThat(works.get(4).abstract_()).isNull();
  }

  @Test
  void malformedJsonIsOneLocatedError() {
    Diagnostics diagnostics = new Diagnostics();
    String text = "[\n  {\"type\": \"book\", \"title\": \"A\"\n  \"author\": []}\n]\n";

    assertThat(CslJsonReader.read(text, "x.json", diagnostics)).isNull();

    List<Diagnostic> errors = diagnostics.sorted();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).format())
        .startsWith("x.json:3:3: malformed JSON: Unexpected character");
  }

  @Test
  void theReadmeExampleOfAMalformedFile() {
    Diagnostics diagnostics = new Diagnostics();
    String text = "[\n  {\"type\": \"book\",\n   \"title\": \"A\",}\n]\n";

    assertThat(CslJsonReader.read(text, "zotero.json", diagnostics)).isNull();

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .containsExactly(
            "zotero.json:3:17: malformed JSON: Unexpected character ('}' (code 125)): was expecting"
                + " double-quote to start field name; check the quotes, commas and brackets there");
  }

  @Test
  void anItemCiteprocCannotReadIsAnErrorAtTheItem() {
    Diagnostics diagnostics = new Diagnostics();
    String text =
        "[\n"
            + "  {\"type\": \"book\", \"title\": \"A\"},\n"
            + "  {\"type\": \"book\", \"author\": \"Jane Doe\"}\n"
            + "]";

    assertThat(CslJsonReader.read(text, "x.json", diagnostics)).isNull();

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith(
            "x.json:3:3: item is not CSL-JSON citeproc can read ('author' must be an array)");
  }

  @Test
  void aFileThatIsNotAnArrayOfItemsSaysWhatIsExpected() {
    Diagnostics object = new Diagnostics();
    assertThat(CslJsonReader.read("{\"items\": []}", "x.json", object)).isNull();
    assertThat(object.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .contains("x.json:1:1: expected a CSL-JSON array");

    Diagnostics empty = new Diagnostics();
    assertThat(CslJsonReader.read("[]", "x.json", empty)).isNull();
    assertThat(empty.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .contains("no CSL-JSON items found");

    Diagnostics trailing = new Diagnostics();
    assertThat(CslJsonReader.read("[{\"type\": \"book\"}] []", "x.json", trailing)).isNull();
    assertThat(trailing.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .contains("x.json:1:20: text after the array");
  }
}

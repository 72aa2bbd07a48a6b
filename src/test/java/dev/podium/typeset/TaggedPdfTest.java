package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.PdfFile;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggedPdfTest {
  /** A brief in small: every block a brief uses, once. */
  static final String BRIEF =
      """
      # Ada Lovelace: moderator’s brief

      **Motion:** machines should decide. See [her notes](https://example.org/notes).

      ## At a glance

      - **Likely side:** against the motion.
      - **Records on file:** 3, by [her](https://example.org/ada) and others.

      | Stance | Records |
      |---|---:|
      | Governance | 2 |
      | Deception | 1 |

      ![Evidence profile: three records, 2023 to 2025.](chart.svg)

      ## Key arguments

      ### 1. What engines can do

      #### 1. Engines compute, they do not originate

      **1.** The engine has no pretensions to originate anything. [1]

      *Source:* Lovelace 1843, Note G.

      > “The Analytical Engine has **no pretensions whatever to originate** anything.” [1]

      ---

      Closing words.
      """;

  @TempDir Path folder;

  private byte[] brief() {
    return TypesetFixture.typeset(
        BRIEF, TypesetFixture.withChart(TypesetFixture.settings(folder), "chart.svg"));
  }

  @Test
  void theCatalogMarksTheFileAsTaggedWithItsLanguageAndTitle() {
    TaggedPdf pdf = new TaggedPdf(brief());
    assertThat(pdf.hasStructureTree()).isTrue();
    assertThat(pdf.isMarked()).isTrue();
    assertThat(pdf.language()).isEqualTo("en");
    assertThat(pdf.displaysTitle()).isTrue();
    assertThat(pdf.xmp())
        .contains("<dc:title>")
        .contains("Ada Lovelace: moderator’s brief")
        .contains("<pdfuaid:part>1</pdfuaid:part>");
    assertThat(new PdfFile(brief()).info().getTitle()).isEqualTo("Ada Lovelace: moderator’s brief");
  }

  @Test
  void theLanguageComesFromTheSettings() {
    PdfSettings british = TypesetFixture.settings(folder).withLanguage("en-GB");
    assertThat(new TaggedPdf(TypesetFixture.typeset("Text.\n", british)).language())
        .isEqualTo("en-GB");
    assertThatThrownBy(() -> TypesetFixture.settings(folder).withLanguage("English (UK)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language must be a BCP 47 tag");
  }

  @Test
  void theStructureFollowsTheMarkdownBlocksInOrder() {
    assertThat(new TaggedPdf(brief()).types())
        .containsExactly(
            "Document",
            "H1",
            "P",
            "Link",
            "H2",
            "L",
            "LI",
            "Lbl",
            "LBody",
            "P",
            "LI",
            "Lbl",
            "LBody",
            "P",
            "Link",
            "Table",
            "TR",
            "TH",
            "TH",
            "TR",
            "TD",
            "TD",
            "TR",
            "TD",
            "TD",
            "Figure",
            "H2",
            "H3",
            "H4",
            "P",
            "P",
            "BlockQuote",
            "P",
            "P");
  }

  @Test
  void theChartIsAFigureWithTheImagesAltText() {
    List<TaggedPdf.Element> figures =
        new TaggedPdf(brief()).elements().stream().filter(e -> e.type().equals("Figure")).toList();
    assertThat(figures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.alt()).isEqualTo("Evidence profile: three records, 2023 to 2025.");
              assertThat(f.marks()).isNotEmpty();
            });
  }

  @Test
  void anImageWithoutAltTextIsDecorationThatScreenReadersSkip() {
    PdfSettings settings = TypesetFixture.withChart(TypesetFixture.settings(folder), "chart.svg");
    TaggedPdf pdf = new TaggedPdf(TypesetFixture.typeset("Before.\n\n![](chart.svg)\n", settings));
    assertThat(pdf.types()).containsExactly("Document", "P");
    assertThat(pdf.unmarked()).isEmpty();
  }

  @Test
  void everyPaintingOperatorIsTaggedContentOrAnArtifact() {
    TaggedPdf pdf = new TaggedPdf(brief());
    assertThat(pdf.unmarked()).isEmpty();
    // Every leaf has content of its own; the groups have only kids.
    List<String> groups = List.of("Document", "L", "LI", "LBody", "Table", "TR", "BlockQuote");
    for (TaggedPdf.Element element : pdf.elements()) {
      if (groups.contains(element.type())) {
        assertThat(element.marks()).as(element.type()).isEmpty();
      } else if (element.type().equals("Link")) {
        assertThat(element.annotations()).as("link annotations").isPositive();
      } else {
        assertThat(element.marks()).as(element.type()).isNotEmpty();
      }
    }
  }

  @Test
  void theStructureOrderIsTheContentOrder() {
    TaggedPdf pdf = new TaggedPdf(brief());
    List<TaggedPdf.Mark> structureOrder =
        pdf.elements().stream().flatMap(e -> e.marks().stream()).toList();
    assertThat(structureOrder).containsExactlyElementsOf(pdf.contentOrder());
    assertThat(structureOrder)
        .isSortedAccordingTo(
            Comparator.comparingInt(TaggedPdf.Mark::page).thenComparingInt(TaggedPdf.Mark::mcid));
  }

  @Test
  void everyLinkAnnotationBelongsToALinkElementAndSaysWhatItIs() {
    int[] links = new TaggedPdf(brief()).linkAnnotations();
    assertThat(links[0]).isEqualTo(2);
    assertThat(links[1]).isEqualTo(links[0]);
    assertThat(new PdfFile(brief()).links())
        .containsExactly("https://example.org/notes", "https://example.org/ada");
  }

  @Test
  void aLongDocumentStaysTaggedAcrossPages() {
    String paragraphs =
        IntStream.rangeClosed(1, 60)
            .mapToObj(i -> "Paragraph " + i + " says something worth a line or two of text.")
            .collect(Collectors.joining("\n\n"));
    String rows =
        IntStream.rangeClosed(1, 60)
            .mapToObj(i -> "| " + i + " | row " + i + " |")
            .collect(Collectors.joining("\n"));
    byte[] bytes =
        TypesetFixture.typeset(
            "# Title\n\n" + paragraphs + "\n\n| N | Name |\n|---|---|\n" + rows + "\n",
            TypesetFixture.settings(folder));
    TaggedPdf pdf = new TaggedPdf(bytes);
    assertThat(new PdfFile(bytes).pageCount()).isGreaterThan(2);
    assertThat(pdf.unmarked()).isEmpty();
    List<TaggedPdf.Mark> structureOrder =
        pdf.elements().stream().flatMap(e -> e.marks().stream()).toList();
    assertThat(structureOrder).containsExactlyElementsOf(pdf.contentOrder());
    // The header row is tagged once; its repeats on later pages are artifacts.
    assertThat(pdf.types().stream().filter("TH"::equals)).hasSize(2);
    assertThat(pdf.types().stream().filter("TR"::equals)).hasSize(61);
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(brief()).isEqualTo(brief());
  }
}

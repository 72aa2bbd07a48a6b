package dev.podium;

import static dev.podium.TestSeeds.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PdfFile.OutlineEntry;
import dev.podium.cli.Main;
import dev.podium.cli.Version;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Stance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the committed moderator PDF as a reader and a PDF viewer would. */
class BriefPdfTest {
  private static final Path PDF = Path.of("briefs/fazl-barez/ai-autonomy-over-life/moderator.pdf");

  private static PdfFile pdf;
  private static Dossier dossier;

  @TempDir Path temp;

  @BeforeAll
  static void read() throws Exception {
    pdf = new PdfFile(Files.readAllBytes(PDF));
    dossier =
        new DossierLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .load("fazl-barez", "ai-autonomy-over-life", new Diagnostics());
  }

  @Test
  void theTextHasThePersonaAndEveryReferenceTitle() {
    assertThat(pdf.text()).contains("Dr Fazl Barez: moderator’s brief");
    // The brief lists every record that carries a stance (the cited ones among them).
    List<Evidence> listed =
        dossier.evidence().stream().filter(e -> !e.stances().isEmpty()).toList();
    assertThat(listed).hasSizeGreaterThanOrEqualTo(16);
    for (Evidence evidence : listed) {
      assertThat(pdf.text()).contains(PdfFile.flat(evidence.title()));
    }
  }

  @Test
  void everyPageSaysWhichPageItIsOfHowMany() {
    int pages = pdf.pageCount();
    assertThat(pages).isGreaterThan(1);
    List<String> texts = pdf.pages();
    for (int p = 0; p < pages; p++) {
      assertThat(texts.get(p))
          .contains("Page " + (p + 1) + " of " + pages)
          .contains("AI autonomy over human life");
    }
  }

  @Test
  void metadataDescribesTheBrief() {
    var info = pdf.info();
    assertThat(info.getTitle()).isEqualTo("Dr Fazl Barez: moderator’s brief");
    assertThat(info.getAuthor()).isEqualTo("Dr Fazl Barez");
    assertThat(info.getSubject()).isEqualTo(dossier.motion().text());
    assertThat(info.getKeywords().split("; "))
        .containsExactlyInAnyOrderElementsOf(
            dossier.taxonomy().stances().stream()
                .filter(
                    s -> dossier.evidence().stream().anyMatch(e -> e.stances().contains(s.id())))
                .map(Stance::label)
                .toList());
    assertThat(info.getCreator()).isEqualTo("Podium " + Version.get());
    assertThat(info.getCreationDate().toInstant()).hasToString("2026-05-17T00:00:00Z");
  }

  @Test
  void theOutlineListsTheSections() {
    List<OutlineEntry> outline = pdf.outline();
    assertThat(outline.get(0)).isEqualTo(new OutlineEntry(0, "Dr Fazl Barez: moderator’s brief"));
    assertThat(outline.stream().filter(e -> e.depth() == 1).map(OutlineEntry::title))
        .containsExactly(
            "Introduction to read aloud",
            "The motion and what it covers",
            "Likely position and why",
            "Background",
            "Key arguments",
            "Objections and likely responses",
            "Evidence that cuts the other way",
            "Questions to ask",
            "Evidence table",
            "References");
    assertThat(outline).contains(new OutlineEntry(2, "Deception and hidden behaviour"));
  }

  @Test
  void everyReferenceUrlIsAClickableLink() {
    List<String> urls =
        dossier.evidence().stream().map(Evidence::url).filter(Objects::nonNull).toList();
    assertThat(urls).isNotEmpty();
    assertThat(pdf.links()).containsAll(urls).allMatch(u -> u.startsWith("https://"));
  }

  @Test
  void everyFontIsEmbedded() {
    assertThat(pdf.fonts()).isNotEmpty().allMatch(PdfFile.Font::embedded);
  }

  @Test
  void theEvidenceProfileIsDrawnAsVectorsWhoseLabelsAreText() {
    List<String> stanceLabels =
        dossier.taxonomy().stances().stream()
            .filter(s -> dossier.evidence().stream().anyMatch(e -> e.stances().contains(s.id())))
            .map(
                s ->
                    s.label()
                        + " ("
                        + dossier.evidence().stream()
                            .filter(e -> e.stances().contains(s.id()))
                            .count()
                        + ")")
            .toList();
    // The chart is a form on the page where the brief reaches it (the footers are forms too); its
    // labels extract as text, one after another.
    List<String> forms = new java.util.ArrayList<>();
    for (int page = 0; page < pdf.pageCount(); page++) {
      forms.addAll(pdf.formTexts(page));
    }
    assertThat(forms)
        .anySatisfy(
            chart -> {
              assertThat(chart).contains(stanceLabels);
              assertThat(chart).contains("2022", "2023", "2024", "2025", "2026");
            });
    assertThat(pdf.rasterImageCount()).isZero();
    assertThat(pdf.fonts()).allMatch(f -> f.name().contains("DejaVu"));
  }

  @Test
  void namesWithDiacriticsPrint() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    edit(
        seeds.resolve("personas/fazl-barez/evidence.yaml"),
        "\"Michelle Lo\", \"Shay B. Cohen\"",
        "\"Ondřej Dušek\", \"Sören Mindermann\"");
    edit(
        seeds.resolve("personas/fazl-barez/persona.yaml"),
        "specializing in AI safety",
        "working with Ondřej Dušek, Sören Mindermann, Σωκράτης and Пётр on AI safety");
    Path out = temp.resolve("out");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "brief",
            "--format",
            "pdf",
            "--seeds",
            seeds.toString(),
            "--out",
            out.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).doesNotContain("warning: no font").doesNotContain("error");
    PdfFile edited =
        new PdfFile(
            Files.readAllBytes(out.resolve("fazl-barez/ai-autonomy-over-life/moderator.pdf")));
    assertThat(edited.text())
        .contains("working with Ondřej Dušek, Sören Mindermann, Σωκράτης and Пётр on AI safety")
        .containsPattern(
            "\\[\\d+] O\\. Dušek, S\\. Mindermann, and F\\. Barez, “Large Language Models Relearn");
  }
}

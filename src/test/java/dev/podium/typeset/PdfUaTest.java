package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The typeset PDFs pass veraPDF's checks for PDF/UA-1, the standard for accessible PDF. */
class PdfUaTest {
  @TempDir Path folder;

  @BeforeAll
  static void startVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void aBriefConformsToPdfUa1() {
    PdfSettings settings = TypesetFixture.withChart(TypesetFixture.settings(folder), "chart.svg");
    assertThat(failures(TypesetFixture.typeset(TaggedPdfTest.BRIEF, settings))).isEmpty();
  }

  @Test
  void everySupportedNodeConformsToPdfUa1() throws IOException {
    for (String name : List.of("square.png", "photo.jpg")) {
      BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
      image.createGraphics().fillRect(5, 5, 20, 10);
      ImageIO.write(image, name.substring(name.indexOf('.') + 1), folder.resolve(name).toFile());
    }
    String markdown;
    try (InputStream in = getClass().getResourceAsStream("/typeset/every-node.md")) {
      markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(failures(TypesetFixture.typeset(markdown, TypesetFixture.settings(folder))))
        .isEmpty();
  }

  /** The rules the PDF breaks, one line each with where. */
  private static List<String> failures(byte[] pdf) {
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAParser parser =
            foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + ": " + a.getMessage())
              .distinct()
              .toList();
      assertThat(result.isCompliant())
          .as("compliant, or failures listed")
          .isEqualTo(failed.isEmpty());
      return failed;
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not check the PDF", e);
    }
  }
}

package dev.podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.imports.InterchangeRoundTripTest.Bibliographic;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled persona's evidence exports in each format, the same bytes each time, and reads back.
 */
class BundledPersonaExportTest {
  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void theBundledPersonaRoundTrips(ExportFormat format) throws IOException {
    SeedsDirectory seeds = SeedsDirectory.onDisk(TestSeeds.copy(temp));
    Diagnostics diagnostics = new Diagnostics();
    List<Evidence> records =
        new SeedsLoader(seeds).evidence("fazl-barez", diagnostics).value().evidence();
    String text = format.write(records);
    assertThat(format.write(records)).isEqualTo(text);

    List<Evidence> back =
        InterchangeRoundTripTest.importInto(seeds, "fazl-barez-again", format, text);

    assertThat(back).hasSize(records.size());
    for (int i = 0; i < records.size(); i++) {
      Bibliographic expected = Bibliographic.of(records.get(i));
      if (format == ExportFormat.BIBTEX) {
        expected = asLatexReadsIt(expected);
      }
      assertThat(Bibliographic.of(back.get(i))).as(records.get(i).id()).isEqualTo(expected);
    }
  }

  /** LaTeX reads ASCII quotes as typographic ones: `` '' ` ' become “ ” ‘ ’. */
  private static Bibliographic asLatexReadsIt(Bibliographic b) {
    return new Bibliographic(
        quotes(b.title()),
        b.authors().stream().map(BundledPersonaExportTest::quotes).toList(),
        b.etAl(),
        b.date(),
        b.precision(),
        b.type(),
        quotes(b.container()),
        b.doi(),
        b.arxivId(),
        b.volume(),
        b.pages(),
        quotes(b.publisher()),
        b.url(),
        quotes(b.abstract_()));
  }

  private static String quotes(String text) {
    if (text == null) {
      return null;
    }
    return text.replace("``", "“").replace("''", "”").replace("`", "‘").replace("'", "’");
  }
}

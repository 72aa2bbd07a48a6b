package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.assemble.BriefView.SourceView;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HandoutFillTest {
  private static final List<String> BIO = List.of("First.", "Second.", "Third.");

  private static List<SourceView> sources(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new SourceView(
                    "r" + i,
                    List.of(),
                    false,
                    "A",
                    2020,
                    "2020",
                    "Title " + i,
                    null,
                    null,
                    false,
                    false,
                    false,
                    null))
        .toList();
  }

  @Test
  void trimmingTakesReadingLinesFromTheEndThenTheWholeShortListThenParagraphs() {
    HandoutFill.Fill fill = new HandoutFill.Fill(BIO, sources(5));
    assertThat(fill.trimmed(0)).isEqualTo(fill);
    assertThat(fill.trimmed(1).further())
        .extracting(SourceView::id)
        .containsExactly("r0", "r1", "r2", "r3");
    assertThat(fill.trimmed(2).further())
        .extracting(SourceView::id)
        .containsExactly("r0", "r1", "r2");
    // One line fewer than a list holds, and the list goes.
    assertThat(fill.trimmed(3).further()).isEmpty();
    assertThat(fill.trimmed(3).about()).isEqualTo(BIO);
    assertThat(fill.trimmed(4).about()).containsExactly("First.", "Second.");
    assertThat(fill.trimmed(9).about()).as("the first paragraph stays").containsExactly("First.");
  }
}

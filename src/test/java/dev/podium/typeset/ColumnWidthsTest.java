package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  private static void assertWidths(float[] min, float[] max, float available, float... expected) {
    float[] widths = ColumnWidths.fit(min.clone(), max.clone(), available);
    assertThat(widths).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(widths[i]).as("column %d", i).isCloseTo(expected[i], within(0.01f));
    }
  }

  @Test
  void contentThatFitsOnOneLineKeepsItsNaturalWidths() {
    assertWidths(new float[] {10, 10}, new float[] {20, 60}, 160, 20, 60);
  }

  @Test
  void spareWidthGoesToColumnsByHowMuchMoreTheyWant() {
    // min 20 + 20 = 40; wants 40 and 120 more; 100 to share: 25 and 75.
    assertWidths(new float[] {20, 20}, new float[] {60, 140}, 140, 45, 95);
  }

  @Test
  void wordsWiderThanTheTableShrinkInProportion() {
    assertWidths(new float[] {100, 300}, new float[] {100, 300}, 200, 50, 150);
  }

  @Test
  void aMaximumBelowTheMinimumCountsAsTheMinimum() {
    assertWidths(new float[] {30, 10}, new float[] {5, 10}, 80, 30, 10);
  }

  @Test
  void aColumnCanBeAsWideAsTheWholeTable() {
    assertWidths(new float[] {0, 50}, new float[] {0, 100}, 100, 0, 100);
  }
}

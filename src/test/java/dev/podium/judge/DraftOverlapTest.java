package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftOverlapTest {
  @TempDir Path temp;

  @Test
  void draftedThemesCiteThreeQuartersOfTheRecordsTheCuratedThemesCite() {
    DraftOverlap.Result result = DraftOverlap.measure(temp);
    assertThat(result.curated()).hasSize(16);
    assertThat(result.share()).as("missed: %s", result.missed()).isGreaterThanOrEqualTo(0.75);
  }
}

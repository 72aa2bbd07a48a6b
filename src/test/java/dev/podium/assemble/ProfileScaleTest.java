package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileScaleTest {
  @Test
  void aCareerOfThirtyYearsAndAFewRecordsAYearIsDrawnOneToOne() {
    ProfileScale scale = ProfileScale.of(1987, 2019, List.of(List.of(2009, 2011, 2011, 2019)));
    assertThat(scale).isEqualTo(new ProfileScale(1, 1));
    assertThat(scale.columns(1987, 2019)).isEqualTo(33);
  }

  @Test
  void aSpanOfCenturiesIsDrawnInPeriodsThatStartAtTheirMultiples() {
    ProfileScale scale = ProfileScale.of(1001, 2024, List.of(List.of(1001, 2024)));
    assertThat(scale.yearsPerColumn()).isEqualTo(50);
    assertThat(scale.columnStart(1001)).isEqualTo(1000);
    assertThat(scale.columns(1001, 2024)).isEqualTo(21);
    assertThat(ProfileScale.of(1000, 9999, List.of()).columns(1000, 9999))
        .isLessThanOrEqualTo(ProfileScale.MOST_COLUMNS);
  }

  @Test
  void aCrowdedCellMakesEachDotStandForSeveralRecords() {
    ProfileScale scale =
        ProfileScale.of(2020, 2024, List.of(Collections.nCopies(1_000, 2023), List.of(2024)));
    assertThat(scale.recordsPerDot()).isEqualTo(21);
    assertThat(scale.dots(1_000)).isEqualTo(48);
    assertThat(scale.dots(1)).as("a lone record still shows").isEqualTo(1);
  }

  @Test
  void aCellAtTheLimitStaysOneToOne() {
    ProfileScale scale = ProfileScale.of(2023, 2023, List.of(Collections.nCopies(48, 2023)));
    assertThat(scale.recordsPerDot()).isEqualTo(1);
  }
}

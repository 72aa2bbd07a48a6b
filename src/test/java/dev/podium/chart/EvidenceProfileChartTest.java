package dev.podium.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceProfileChartTest {
  private static final ProfileData DATA =
      new ProfileData(
          2023,
          List.of(
              new ProfileData.Row("Deception (3)", List.of(cell(1, 0), cell(2, 1), cell(0, 0))),
              new ProfileData.Row("Governance (7)", List.of(cell(3, 1), cell(0, 0), cell(4, 2)))));

  private static ProfileData.Cell cell(int records, int authored) {
    return new ProfileData.Cell(records, authored, 0);
  }

  private static String svg(ProfileData data) {
    return SvgCharts.svg(EvidenceProfileChart.create(data, ChartFonts.bundled()));
  }

  @Test
  void columnsOfPeriodsAreLabelledWithTheirFirstYear() {
    ProfileData periods = new ProfileData(1200, 25, DATA.rows());
    assertThat(periods.columnLabel(0)).isEqualTo("1200");
    assertThat(periods.columnLabel(2)).isEqualTo("1250");
    assertThat(periods.texts()).contains("1200", "1225", "1250").doesNotContain("1201");
  }

  @Test
  void theSvgHasAFilledDotPerAuthoredRecordAndAnOpenDotPerOtherRecord() throws Exception {
    SvgDocument svg = new SvgDocument(svg(DATA));
    // Authored: 0 + 1 + 1 + 2; others: 1 + 1 + 2 + 2.
    assertThat(svg.filled("path", Palette.BLUE)).isEqualTo(4);
    assertThat(svg.filled("path", Palette.WHITE)).isEqualTo(6);
  }

  @Test
  void aRecordWhoseAuthorListIsCutShortWithoutHimHasAHalfFilledDot() throws Exception {
    ProfileData data =
        new ProfileData(
            2024,
            List.of(
                new ProfileData.Row(
                    "Deception (6)",
                    List.of(new ProfileData.Cell(2, 1, 1), new ProfileData.Cell(4, 1, 2)))));
    SvgDocument svg = new SvgDocument(svg(data));
    assertThat(svg.filled("path", Palette.BLUE)).isEqualTo(2);
    assertThat(svg.halfFilled(Palette.BLUE)).isEqualTo(3);
    assertThat(svg.filled("path", Palette.WHITE)).isEqualTo(1);
  }

  @Test
  void aCellCannotHoldMoreMarkedRecordsThanRecords() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new ProfileData.Cell(2, 1, 2));
  }

  @Test
  void theSvgLabelsEveryStanceAndEveryYear() throws Exception {
    assertThat(new SvgDocument(svg(DATA)).texts())
        .containsExactlyInAnyOrder("2023", "2024", "2025", "Deception (3)", "Governance (7)");
  }

  @Test
  void aCrowdedCellShrinksItsDotsRatherThanGrowingWithoutBound() throws Exception {
    List<ProfileData.Cell> years = new ArrayList<>(List.of(cell(200, 120)));
    for (int i = 0; i < 4; i++) {
      years.add(cell(0, 0));
    }
    ProfileData crowded = new ProfileData(2021, List.of(new ProfileData.Row("Busy", years)));
    Chart chart = EvidenceProfileChart.create(crowded, ChartFonts.bundled());
    assertThat(chart.height()).isLessThan(120);
    SvgDocument svg = new SvgDocument(SvgCharts.svg(chart));
    assertThat(svg.filled("path", Palette.BLUE)).isEqualTo(120);
    assertThat(svg.filled("path", Palette.WHITE)).isEqualTo(80);
  }

  @Test
  void aLabelTooLongForItsRoomIsShortenedWithAnEllipsis() throws Exception {
    String label = "A stance whose label goes on and on far beyond what any margin could hold (4)";
    ProfileData data =
        new ProfileData(2025, List.of(new ProfileData.Row(label, List.of(cell(4, 0)))));
    List<String> texts = new SvgDocument(svg(data)).texts();
    assertThat(texts).noneMatch(t -> t.equals(label)).anyMatch(t -> t.endsWith("…"));
  }

  @Test
  void markupInALabelIsEscapedAndReadsBackAsWritten() throws Exception {
    String label = "Less <than> & \"more\" ><'s (1)";
    ProfileData data =
        new ProfileData(2025, List.of(new ProfileData.Row(label, List.of(cell(1, 1)))));
    assertThat(new SvgDocument(svg(data)).texts()).contains(label);
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    assertThat(svg(DATA)).isEqualTo(svg(DATA));
  }
}

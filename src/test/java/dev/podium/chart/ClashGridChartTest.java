package dev.podium.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.chart.ClashGrid.Cell;
import dev.podium.chart.ClashGrid.Tone;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClashGridChartTest {
  private static final ClashGrid GRID =
      new ClashGrid(
          List.of("Dr Ada Speaker", "Bo Other"),
          List.of(
              new ClashGrid.Row(
                  "Deception (clash)",
                  List.of(new Cell(Tone.FOR, "for (2)"), new Cell(Tone.AGAINST, "against (3)"))),
              new ClashGrid.Row(
                  "Governance",
                  List.of(new Cell(Tone.AGAINST, "against (1)"), new Cell(Tone.SILENT, "silent"))),
              new ClashGrid.Row(
                  "Unlearning",
                  List.of(
                      new Cell(Tone.UNDECIDED, "undecided (1)"),
                      new Cell(Tone.SILENT, "silent")))));

  private static String svg() {
    return SvgCharts.svg(ClashGridChart.create(GRID, ChartFonts.bundled()));
  }

  @Test
  void everyCellIsACellOfItsSidesColourCarryingItsWords() throws Exception {
    SvgDocument svg = new SvgDocument(svg());
    // XYBlockRenderer fills each cell once (and outlines it in the same colour, without fill).
    assertThat(svg.filled("rect", Palette.BLUE)).isEqualTo(1);
    assertThat(svg.filled("rect", Palette.ORANGE)).isEqualTo(2);
    assertThat(svg.filled("rect", Palette.PALE)).isEqualTo(1);
    assertThat(svg.filled("rect", Palette.BAND)).isEqualTo(2);
    assertThat(svg.texts())
        .containsExactlyInAnyOrder(
            "Dr Ada Speaker",
            "Bo Other",
            "Deception (clash)",
            "Governance",
            "Unlearning",
            "for (2)",
            "against (3)",
            "against (1)",
            "silent",
            "undecided (1)",
            "silent");
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    assertThat(svg()).isEqualTo(svg());
  }
}

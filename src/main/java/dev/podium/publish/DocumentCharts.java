package dev.podium.publish;

import dev.podium.assemble.BriefView;
import dev.podium.assemble.BriefView.ProfileRowView;
import dev.podium.assemble.BriefView.ProfileView;
import dev.podium.assemble.BriefView.ProfileYearView;
import dev.podium.assemble.PanelView;
import dev.podium.assemble.PanelView.CellView;
import dev.podium.assemble.PanelView.ClashRowView;
import dev.podium.chart.Chart;
import dev.podium.chart.ChartFonts;
import dev.podium.chart.ClashGrid;
import dev.podium.chart.ClashGridChart;
import dev.podium.chart.EvidenceProfileChart;
import dev.podium.chart.ProfileData;
import dev.podium.render.BriefRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The charts a document shows, built from its view and keyed by the file name its Markdown links:
 * a brief's evidence profile, a panel pack's clash grid. The words drawn in them come from the
 * partials that word the same things in the text, so templates keep all the wording.
 */
final class DocumentCharts {
  static final String PROFILE_LABEL = "partials/profile-stance.md";
  static final String GRID_LABEL = "partials/clash-stance.md";
  static final String GRID_CELL = "partials/clash-cell.md";

  private DocumentCharts() {}

  /** The brief's evidence profile, if it has one. */
  static Map<String, Chart> of(BriefView view, BriefRenderer renderer, ChartGlyphs glyphs) {
    ProfileView profile = view.profile();
    if (profile == null) {
      return Map.of();
    }
    List<ProfileData.Row> rows = new ArrayList<>();
    for (ProfileRowView row : profile.stances()) {
      String label = renderer.renderText(PROFILE_LABEL, view, profile, row);
      rows.add(new ProfileData.Row(label, cells(row, profile.firstYear(), profile.lastYear())));
    }
    ProfileData data = new ProfileData(profile.firstYear(), rows);
    ChartFonts fonts = glyphs.choose(data.texts());
    return Map.of(
        profile.file(), EvidenceProfileChart.create(data.withTexts(glyphs::drawable), fonts));
  }

  /** The panel pack's clash grid, if it has one. */
  static Map<String, Chart> of(PanelView view, BriefRenderer renderer, ChartGlyphs glyphs) {
    if (view.gridFile() == null) {
      return Map.of();
    }
    List<String> speakers =
        view.speakers().stream().map(s -> s.brief().persona().displayName()).toList();
    List<ClashGrid.Row> rows = new ArrayList<>();
    for (ClashRowView row : view.stances()) {
      List<ClashGrid.Cell> cells = new ArrayList<>();
      for (CellView cell : row.cells()) {
        cells.add(new ClashGrid.Cell(tone(cell), renderer.renderText(GRID_CELL, view, row, cell)));
      }
      rows.add(new ClashGrid.Row(renderer.renderText(GRID_LABEL, view, row), cells));
    }
    ClashGrid grid = new ClashGrid(speakers, rows);
    ChartFonts fonts = glyphs.choose(grid.texts());
    return Map.of(view.gridFile(), ClashGridChart.create(grid.withTexts(glyphs::drawable), fonts));
  }

  /** A cell per year from the first to the last; years without records are empty. */
  private static List<ProfileData.Cell> cells(ProfileRowView row, int firstYear, int lastYear) {
    List<ProfileData.Cell> cells = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      int y = year;
      ProfileYearView cell =
          row.years().stream().filter(c -> c.year() == y).findFirst().orElse(null);
      cells.add(
          cell == null
              ? new ProfileData.Cell(0, 0, 0)
              : new ProfileData.Cell(cell.count(), cell.authored(), cell.notShown()));
    }
    return cells;
  }

  private static ClashGrid.Tone tone(CellView cell) {
    if (cell.silent()) {
      return ClashGrid.Tone.SILENT;
    }
    if (cell.isFor()) {
      return ClashGrid.Tone.FOR;
    }
    return cell.isAgainst() ? ClashGrid.Tone.AGAINST : ClashGrid.Tone.UNDECIDED;
  }
}

package dev.podium.publish;

import dev.podium.assemble.BriefView;
import dev.podium.assemble.BriefView.ProfileRowView;
import dev.podium.assemble.BriefView.ProfileView;
import dev.podium.assemble.BriefView.ProfileYearView;
import dev.podium.assemble.PanelView;
import dev.podium.assemble.PanelView.CellView;
import dev.podium.assemble.PanelView.ClashRowView;
import dev.podium.assemble.ProfileScale;
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
 * The charts a document shows, built from its view and keyed by the file name its Markdown links: a
 * brief's evidence profile, a panel pack's clash grid. The words drawn in them come from the
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
      rows.add(new ProfileData.Row(label, cells(row, profile)));
    }
    ProfileScale scale = profile.scale();
    ProfileData data =
        new ProfileData(scale.columnStart(profile.firstYear()), scale.yearsPerColumn(), rows);
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

  /**
   * A cell per column from the first year's to the last year's; columns without records are empty.
   * A dot stands for the scale's records, so each kind of record is counted in dots.
   */
  private static List<ProfileData.Cell> cells(ProfileRowView row, ProfileView profile) {
    ProfileScale scale = profile.scale();
    int first = scale.columnStart(profile.firstYear());
    int columns = scale.columns(profile.firstYear(), profile.lastYear());
    int[] records = new int[columns];
    int[] authored = new int[columns];
    int[] notShown = new int[columns];
    for (ProfileYearView year : row.years()) {
      int column = (scale.columnStart(year.year()) - first) / scale.yearsPerColumn();
      records[column] += year.count();
      authored[column] += year.authored();
      notShown[column] += year.notShown();
    }
    List<ProfileData.Cell> cells = new ArrayList<>(columns);
    for (int c = 0; c < columns; c++) {
      int dots = scale.dots(records[c]);
      int authoredDots = Math.min(dots, scale.dots(authored[c]));
      cells.add(
          new ProfileData.Cell(
              dots, authoredDots, Math.min(dots - authoredDots, scale.dots(notShown[c]))));
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

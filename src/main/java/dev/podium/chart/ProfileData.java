package dev.podium.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the evidence profile shows: for each stance, and each column of {@code yearsPerColumn} years
 * from {@code firstYear} on without gaps, how many dots there are, how many of them stand for the
 * speaker's records, and how many for records that cannot say.
 */
public record ProfileData(int firstYear, int yearsPerColumn, List<Row> rows) {
  public ProfileData {
    rows = List.copyOf(rows);
    if (yearsPerColumn < 1) {
      throw new IllegalArgumentException("a column spans at least one year");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an evidence profile needs at least one stance");
    }
    int years = rows.get(0).years().size();
    if (years == 0 || rows.stream().anyMatch(r -> r.years().size() != years)) {
      throw new IllegalArgumentException("every stance needs a cell for each of the same years");
    }
  }

  /** One year per column. */
  public ProfileData(int firstYear, List<Row> rows) {
    this(firstYear, 1, rows);
  }

  /** The number of columns shown. */
  public int yearCount() {
    return rows.get(0).years().size();
  }

  /** The label of column {@code i}: its year, or the first year of its period. */
  public String columnLabel(int i) {
    return Integer.toString(firstYear + i * yearsPerColumn);
  }

  /**
   * Every text the chart may show: the stance labels, the years, and the ellipsis of a label
   * shortened to fit.
   */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(Labels.ELLIPSIS));
    rows.forEach(r -> texts.add(r.label()));
    for (int i = 0; i < yearCount(); i++) {
      texts.add(columnLabel(i));
    }
    return texts;
  }

  /** The same data with every label passed through {@code edit}. */
  public ProfileData withTexts(UnaryOperator<String> edit) {
    return new ProfileData(
        firstYear,
        yearsPerColumn,
        rows.stream().map(r -> new Row(edit.apply(r.label()), r.years())).toList());
  }

  /** One stance: its label and a cell per year. */
  public record Row(String label, List<Cell> years) {
    public Row {
      years = List.copyOf(years);
    }
  }

  /**
   * Records in one year on one stance: how many the speaker wrote, and how many have an author list
   * cut short before his name could show ({@code notShown}); the rest are not his.
   */
  public record Cell(int records, int authored, int notShown) {
    public Cell {
      if (authored < 0 || notShown < 0 || authored + notShown > records) {
        throw new IllegalArgumentException(
            "authored and notShown must be at least 0 and together at most records");
      }
    }
  }
}

package dev.podium.chart;

import java.util.List;

/**
 * What the evidence profile shows: for each stance, and each year from the first on without gaps,
 * how many records there are and how many of them the speaker wrote.
 */
public record ProfileData(int firstYear, List<Row> rows) {
  public ProfileData {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an evidence profile needs at least one stance");
    }
    int years = rows.get(0).years().size();
    if (years == 0 || rows.stream().anyMatch(r -> r.years().size() != years)) {
      throw new IllegalArgumentException("every stance needs a cell for each of the same years");
    }
  }

  /** The number of years shown. */
  public int yearCount() {
    return rows.get(0).years().size();
  }

  /** One stance: its label and a cell per year. */
  public record Row(String label, List<Cell> years) {
    public Row {
      years = List.copyOf(years);
    }
  }

  /** Records in one year on one stance, and how many of them the speaker wrote. */
  public record Cell(int records, int authored) {
    public Cell {
      if (authored < 0 || authored > records) {
        throw new IllegalArgumentException("authored must be between 0 and records");
      }
    }
  }
}

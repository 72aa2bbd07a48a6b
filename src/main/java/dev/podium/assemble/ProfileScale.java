package dev.podium.assemble;

import java.util.Collection;
import java.util.List;

/**
 * How coarse the evidence profile draws: years per column and records per dot, both 1 for any
 * speaker a person reads about, larger only where a long span of years or a crowded year would make
 * the chart a wall of columns or dots.
 */
public record ProfileScale(int yearsPerColumn, int recordsPerDot) {
  /** More columns than this and the year labels no longer fit the text block's width. */
  public static final int MOST_COLUMNS = 40;

  /** More dots than this in one cell and they shrink below what a printer draws as a dot. */
  public static final int MOST_DOTS = 48;

  /** Column widths tried in turn: periods a reader counts in. */
  private static final List<Integer> PERIODS =
      List.of(1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000);

  public ProfileScale {
    if (yearsPerColumn < 1 || recordsPerDot < 1) {
      throw new IllegalArgumentException("a profile scale counts at least 1 year and 1 record");
    }
  }

  /** The scale for records dated from {@code firstYear} to {@code lastYear}. */
  static ProfileScale of(int firstYear, int lastYear, Collection<List<Integer>> yearsByStance) {
    int period = periodFor(firstYear, lastYear);
    int fullest = 0;
    for (List<Integer> years : yearsByStance) {
      fullest = Math.max(fullest, fullestColumn(years, period));
    }
    return new ProfileScale(period, Math.max(1, ceilDiv(fullest, MOST_DOTS)));
  }

  /** The first year of the column that holds {@code year}: periods start at their multiples. */
  public int columnStart(int year) {
    return Math.floorDiv(year, yearsPerColumn) * yearsPerColumn;
  }

  /** The number of columns from the first year's to the last year's. */
  public int columns(int firstYear, int lastYear) {
    return (columnStart(lastYear) - columnStart(firstYear)) / yearsPerColumn + 1;
  }

  /** Dots for {@code records} records: every record shows, at least as part of a dot. */
  public int dots(int records) {
    return ceilDiv(records, recordsPerDot);
  }

  /** True when a column spans more than one year. */
  public boolean byPeriods() {
    return yearsPerColumn > 1;
  }

  /** True when a dot stands for more than one record. */
  public boolean scaled() {
    return recordsPerDot > 1;
  }

  private static int periodFor(int firstYear, int lastYear) {
    for (int period : PERIODS) {
      if (new ProfileScale(period, 1).columns(firstYear, lastYear) <= MOST_COLUMNS) {
        return period;
      }
    }
    // Years are checked to lie in 1000..9999, so the last period always fits; this is a guard.
    return PERIODS.get(PERIODS.size() - 1);
  }

  /** The most records of one stance (one entry per record, its year) in any one column. */
  private static int fullestColumn(List<Integer> years, int period) {
    java.util.Map<Integer, Integer> perColumn = new java.util.HashMap<>();
    int fullest = 0;
    for (int year : years) {
      fullest = Math.max(fullest, perColumn.merge(Math.floorDiv(year, period), 1, Integer::sum));
    }
    return fullest;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}

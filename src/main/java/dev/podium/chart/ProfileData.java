package dev.podium.chart;

import java.util.List;

/**
 * What the evidence profile shows: for each stance and year, how many records there are and how
 * many of them the speaker wrote. Years run without gaps from the first to the last.
 */
public record ProfileData(List<Integer> years, List<Row> rows, String speaker) {
  public ProfileData {
    years = List.copyOf(years);
    rows = List.copyOf(rows);
  }

  /** One stance: its label and, per year in order, the record count and the authored count. */
  public record Row(String label, List<Integer> counts, List<Integer> authored) {
    public Row {
      counts = List.copyOf(counts);
      authored = List.copyOf(authored);
    }
  }
}

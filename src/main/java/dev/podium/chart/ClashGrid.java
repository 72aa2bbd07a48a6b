package dev.podium.chart;

import java.util.List;

/**
 * What the clash grid shows: a row per stance, a column per speaker, and in each cell the side the
 * speaker takes on that stance, as a tone and as the words the brief uses for it.
 */
public record ClashGrid(List<String> speakers, List<Row> rows) {
  public ClashGrid {
    speakers = List.copyOf(speakers);
    rows = List.copyOf(rows);
    if (speakers.isEmpty() || rows.isEmpty()) {
      throw new IllegalArgumentException("a clash grid needs speakers and stances");
    }
    int columns = speakers.size();
    if (rows.stream().anyMatch(r -> r.cells().size() != columns)) {
      throw new IllegalArgumentException("every stance needs a cell per speaker");
    }
  }

  /** One stance: its label as the brief words it, and a cell per speaker. */
  public record Row(String label, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** A speaker's side on a stance, and the words shown in the cell. */
  public record Cell(Tone tone, String text) {}

  /** How a cell is coloured. */
  public enum Tone {
    FOR,
    AGAINST,
    UNDECIDED,
    SILENT
  }
}

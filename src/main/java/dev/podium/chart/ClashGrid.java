package dev.podium.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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

  /**
   * Every text the grid may show: speakers, stance labels, cell words, and the ellipsis of a label
   * shortened to fit.
   */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(speakers);
    texts.add(Labels.ELLIPSIS);
    for (Row row : rows) {
      texts.add(row.label());
      row.cells().forEach(c -> texts.add(c.text()));
    }
    return texts;
  }

  /** The same grid with every text passed through {@code edit}. */
  public ClashGrid withTexts(UnaryOperator<String> edit) {
    List<Row> edited = new ArrayList<>();
    for (Row row : rows) {
      List<Cell> cells =
          row.cells().stream().map(c -> new Cell(c.tone(), edit.apply(c.text()))).toList();
      edited.add(new Row(edit.apply(row.label()), cells));
    }
    return new ClashGrid(speakers.stream().map(edit).toList(), edited);
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

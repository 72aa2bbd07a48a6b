package dev.podium.chart;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How the dots of one cell of the evidence profile sit: in lines of at most {@code perLine},
 * centred, {@code pitch} points apart. Dots shrink when the fullest cell would need more than
 * {@link #MAX_LINES} lines, so a prolific speaker's chart stays a chart.
 */
record DotLayout(double pitch, int perLine, int lines) {
  static final double PITCH = 9.5;
  static final int MAX_LINES = 4;
  private static final double SMALLEST_PITCH = 2.5;

  /** Room kept free at each side of a cell, so neighbouring years' dots do not touch. */
  private static final double CELL_MARGIN = 4;

  /** The largest dots with which {@code fullest} dots fit a cell {@code cellWidth} wide. */
  static DotLayout fit(int fullest, double cellWidth) {
    double pitch = PITCH;
    while (true) {
      int perLine = Math.max(1, (int) ((cellWidth - 2 * CELL_MARGIN) / pitch));
      int lines = Math.max(1, (fullest + perLine - 1) / perLine);
      if (lines <= MAX_LINES || pitch * 0.9 < SMALLEST_PITCH) {
        return new DotLayout(pitch, perLine, lines);
      }
      pitch *= 0.9;
    }
  }

  /** The diameter of a dot: most of the pitch, leaving a gap between neighbours. */
  double diameter() {
    return pitch * 0.76;
  }

  /** The height a row needs for the fullest cell's lines of dots. */
  double rowHeight() {
    return lines * pitch + 2 * CELL_MARGIN + 4;
  }

  /**
   * The centres of {@code count} dots relative to the cell's centre, in points, first dot first:
   * left to right, line by line, each line centred.
   */
  List<Point2D> offsets(int count) {
    int used = Math.max(1, (count + perLine - 1) / perLine);
    List<Point2D> offsets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int line = i / perLine;
      int inLine = Math.min(perLine, count - line * perLine);
      double x = (i % perLine - (inLine - 1) / 2.0) * pitch;
      double y = (line - (used - 1) / 2.0) * pitch;
      offsets.add(new Point2D.Double(x, y));
    }
    return offsets;
  }
}

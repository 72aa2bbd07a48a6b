package dev.podium.typeset;

/**
 * Shares a table's width among its columns the way browsers lay out automatic tables: a table whose
 * cells all fit on one line is as wide as its content; otherwise each column gets at least its
 * widest word, and the rest of the width goes to columns in proportion to how much more they would
 * need to sit on one line.
 */
public final class ColumnWidths {
  private ColumnWidths() {}

  /**
   * The widths of the columns, summing to at most {@code available}.
   *
   * @param min per column, the narrowest width that breaks no word
   * @param max per column, the width that sets every cell on one line
   */
  public static float[] fit(float[] min, float[] max, float available) {
    int n = min.length;
    float sumMin = 0;
    float sumMax = 0;
    for (int i = 0; i < n; i++) {
      max[i] = Math.max(max[i], min[i]);
      sumMin += min[i];
      sumMax += max[i];
    }
    float[] widths = new float[n];
    for (int i = 0; i < n; i++) {
      if (sumMax <= available) {
        widths[i] = max[i];
      } else if (sumMin >= available) {
        widths[i] = min[i] * available / sumMin;
      } else {
        widths[i] = min[i] + (max[i] - min[i]) * (available - sumMin) / (sumMax - sumMin);
      }
    }
    return widths;
  }
}

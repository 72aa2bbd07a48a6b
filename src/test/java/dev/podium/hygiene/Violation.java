package dev.podium.hygiene;

import java.util.List;

/** One place where a brief breaks a rule, printed as {@code file:line: rule: detail}. */
record Violation(String file, int line, String rule, String detail) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + rule + ": " + detail;
  }

  /** All violations of one rule, one a line, for a failure message. */
  static String report(String rule, List<Violation> violations) {
    StringBuilder out = new StringBuilder();
    out.append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations")
        .append(" of '")
        .append(rule)
        .append("':\n");
    violations.forEach(v -> out.append("  ").append(v).append('\n'));
    return out.toString();
  }

  /** A short, one-line excerpt of a text around a match, the match marked with ⟦ ⟧. */
  static String excerpt(String text, int start, int end) {
    int from = Math.max(0, start - 40);
    int to = Math.min(text.length(), end + 40);
    String before = (from > 0 ? "…" : "") + text.substring(from, start);
    String after = text.substring(end, to) + (to < text.length() ? "…" : "");
    return (before + "⟦" + text.substring(start, end) + "⟧" + after).replaceAll("\\s+", " ");
  }
}

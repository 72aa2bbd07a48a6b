package dev.podium.model;

/**
 * Decides whether a quote is a verbatim span of a source text. Only runs of white space may
 * differ, since YAML folding and line wrapping change them; every other character must match.
 */
public final class Verbatim {
  private Verbatim() {}

  public static boolean isSpanOf(String quote, String source) {
    String q = collapse(quote);
    // A quote found as it stands is a span of the evened-out source too (its spaces are single and
    // between other characters); most are copied exactly, so only the rest pay for evening out.
    return !q.isEmpty() && (source.contains(q) || collapse(source).contains(q));
  }

  /** The text stripped, with each run of white space made one space (as {@code \\s+} defines it). */
  public static String collapse(String text) {
    String stripped = text.strip();
    StringBuilder out = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        inSpace = true;
        continue;
      }
      if (inSpace) {
        out.append(' ');
        inSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}

package dev.podium.model;

/**
 * Decides whether a quote is a verbatim span of a source text. Only runs of white space may differ,
 * since YAML folding and line wrapping change them; every other character must match.
 */
public final class Verbatim {
  /**
   * Checking and assembling a brief ask about the same quotes in the same abstracts, brief after
   * brief in a server; the answer depends on the two texts alone.
   */
  private static final Memo<Span, Boolean> SPANS =
      new Memo<>(4096, s -> offsetIn(s.quote(), collapse(s.source())) >= 0);

  private record Span(String quote, String source) {}

  private Verbatim() {}

  public static boolean isSpanOf(String quote, String source) {
    return SPANS.get(new Span(quote, source));
  }

  /**
   * Where the quote, evened out, starts in an evened-out source, or -1. Searched in linear time,
   * since quotes and abstracts come from users: {@link String#indexOf} compares from every position
   * and takes seconds on a long, repetitive text.
   */
  public static int offsetIn(String quote, String collapsedSource) {
    String q = collapse(quote);
    return q.isEmpty() ? -1 : KnuthMorrisPratt.indexOf(collapsedSource, q);
  }

  /**
   * The text stripped, with each run of white space made one space (as {@code \\s+} defines it).
   */
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

package dev.podium.model;

/**
 * Decides whether a quote is a verbatim span of a source text. Only runs of white space may
 * differ, since YAML folding and line wrapping change them; every other character must match.
 */
public final class Verbatim {
  private Verbatim() {}

  public static boolean isSpanOf(String quote, String source) {
    String q = collapse(quote);
    return !q.isEmpty() && collapse(source).contains(q);
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}

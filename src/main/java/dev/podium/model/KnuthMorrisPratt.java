package dev.podium.model;

/** Substring search in time linear in text plus pattern, whatever the text repeats. */
final class KnuthMorrisPratt {
  private KnuthMorrisPratt() {}

  /** The first index of {@code pattern} in {@code text}, or -1; an empty pattern is at 0. */
  static int indexOf(String text, String pattern) {
    int m = pattern.length();
    if (m == 0) {
      return 0;
    }
    int[] border = borders(pattern);
    int matched = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      while (matched > 0 && pattern.charAt(matched) != c) {
        matched = border[matched - 1];
      }
      if (pattern.charAt(matched) == c) {
        matched++;
      }
      if (matched == m) {
        return i - m + 1;
      }
    }
    return -1;
  }

  /** For each prefix of the pattern, the length of its longest proper border (prefix = suffix). */
  private static int[] borders(String pattern) {
    int[] border = new int[pattern.length()];
    int k = 0;
    for (int i = 1; i < pattern.length(); i++) {
      while (k > 0 && pattern.charAt(k) != pattern.charAt(i)) {
        k = border[k - 1];
      }
      if (pattern.charAt(k) == pattern.charAt(i)) {
        k++;
      }
      border[i] = k;
    }
    return border;
  }
}

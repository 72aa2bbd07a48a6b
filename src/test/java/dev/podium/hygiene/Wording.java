package dev.podium.hygiene;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a stretch of brief text: citation markers, quotation marks and emphasis
 * gone, apostrophes and spacing unified, lower case, no punctuation at either end. Two texts a
 * reader would call the same sentence have the same key.
 */
final class Wording {
  /** A run of citations, with the count a brief may put after it: "[1], [5] (2 records)". */
  private static final Pattern CITATIONS =
      Pattern.compile("\\[\\d+](?:\\s*[,;–-]\\s*\\[\\d+])*(?:\\s*\\(\\s*\\d+\\s+\\p{L}+\\s*\\))?");

  private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"«»„]");
  private static final Pattern EDGES = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private Wording() {}

  static String key(String text) {
    String s = CITATIONS.matcher(text).replaceAll(" ");
    s = QUOTE_MARKS.matcher(s).replaceAll("");
    s = s.replace('’', '\'').replace('‘', '\'').replace("*", "").replace("_", " ");
    s = s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return EDGES.matcher(s).replaceAll("");
  }

  /** The number of words in a key: space-separated pieces with a letter or digit. */
  static int words(String key) {
    int n = 0;
    for (String piece : key.split(" ")) {
      if (WORD.matcher(piece).find()) {
        n++;
      }
    }
    return n;
  }
}

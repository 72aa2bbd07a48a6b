package dev.podium.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text as stance tagging and key points compare it: words as {@link WordTokenizer} splits them, a
 * possessive "'s" dropped, lower case, and Porter's stem, except for English stop words, which are
 * kept as written and marked. The same words, stems and stop words as Lucene's EnglishAnalyzer.
 * Thread-safe.
 */
final class EnglishWords {
  /** Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET). */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with");

  /** A word: its stem, or for a stop word ("of", "the", "not") the word itself. */
  record Word(String stem, boolean stop) {}

  private EnglishWords() {}

  /** The words of the text, in order. */
  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    for (String token : WordTokenizer.words(text)) {
      String word = lowerCase(withoutPossessive(token));
      boolean stop = STOP_WORDS.contains(word);
      words.add(new Word(stop ? word : PorterStemmer.stem(word), stop));
    }
    return words;
  }

  /** The stems of the text's words that are not stop words, in order. */
  static List<String> stems(String text) {
    return of(text).stream().filter(w -> !w.stop()).map(Word::stem).toList();
  }

  /** "Porter's" → "Porter", with a straight, curly or full-width apostrophe. */
  private static String withoutPossessive(String token) {
    int n = token.length();
    if (n >= 2
        && "'\u2019\uFF07".indexOf(token.charAt(n - 2)) >= 0
        && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')) {
      return token.substring(0, n - 2);
    }
    return token;
  }

  /** Lower case letter by letter, whatever the locale: no rule for a final sigma or a dotted I. */
  private static String lowerCase(String word) {
    StringBuilder lower = new StringBuilder(word.length());
    word.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
    return lower.toString();
  }
}

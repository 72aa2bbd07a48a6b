package dev.podium.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words by the word-break rules of Unicode's text segmentation (UAX #29) as
 * Lucene's StandardTokenizer applies them, which the stance terms were tuned on: "e.g.", "can't",
 * "3.5" and "snake_case" stay whole, hyphens and other punctuation split, each Chinese or Japanese
 * ideograph is a word of its own, a run of Thai or Khmer is one word, and emoji are words.
 * EnglishWordsTest compares it with Lucene's on every word of the seeds and the labelled data.
 * Thread-safe.
 */
final class WordTokenizer {
  /** StandardTokenizer's longest word; a longer one is cut into pieces of this length. */
  static final int MAX_LENGTH = 255;

  // Word-break classes (UAX #29), each followed by the marks, format characters and skin tones it
  // absorbs; emoji take the presentation selectors apart.
  private static final String EXTEND = "[\\p{Mn}\\p{Me}\\p{Mc}\\p{Cf}\\x{1F3FB}-\\x{1F3FF}]";
  private static final String MARKS = "[" + EXTEND + "&&[^\\u200B]]*";
  private static final String MARKS_NO_SELECTOR = "[" + EXTEND + "&&[^\\u200B\\uFE0E\\uFE0F]]*";
  private static final String SOUTHEAST_ASIAN =
      "[\\p{IsThai}\\p{IsLao}\\p{IsMyanmar}\\p{IsKhmer}\\p{IsTai_Le}\\p{IsNew_Tai_Lue}"
          + "\\p{IsTai_Tham}\\p{IsTai_Viet}\\p{IsAhom}]";
  private static final String KATAKANA =
      "[\\p{IsKatakana}\\u3031-\\u3035\\u309B\\u309C\\u30A0\\u30FC\\uFF70]";
  private static final String LETTER =
      "[\\p{IsAlphabetic}&&[^\\p{IsHan}\\p{IsHiragana}\\p{M}" + KATAKANA + SOUTHEAST_ASIAN + "]]";
  private static final String HEBREW = "[\\p{IsHebrew}&&\\p{Lo}]";
  private static final String DIGIT = "[\\p{Nd}\\u066B]";
  private static final String MID_NUM_LET = ".\\u2018\\u2019\\u2024\\uFE52\\uFF07\\uFF0E'";
  private static final String MID_LETTER =
      "[:\\u00B7\\u0387\\u05F4\\u2027\\uFE13\\uFE55\\uFF1A" + MID_NUM_LET + "]";
  private static final String MID_NUM =
      "[,;\\u037E\\u0589\\u060C\\u060D\\u066C\\u07F8\\u2044\\uFE10\\uFE14\\uFE50\\uFE54"
          + "\\uFF0C\\uFF1B"
          + MID_NUM_LET
          + "]";
  private static final String CONNECTOR =
      "[_\\u202F\\u203F\\u2040\\u2054\\uFE33\\uFE34\\uFE4D-\\uFE4F\\uFF3F]";

  private static final String K = "(?:" + KATAKANA + MARKS + ")";
  private static final String H = "(?:" + HEBREW + MARKS + ")";
  private static final String L = "(?:" + LETTER + MARKS + ")";

  /**
   * A letter, except a Hebrew one with the quote mark that joins it (WB7a-c): PART takes those as a
   * unit, for a run of letters to go on after the quote.
   */
  private static final String L_UNQUOTED =
      "(?:(?!" + H + "'|" + H + "\"" + MARKS + H + ")" + L + ")";

  private static final String N = "(?:" + DIGIT + MARKS + ")";
  private static final String C = "(?:" + CONNECTOR + MARKS + ")";

  /** A run of letters and digits: inner punctuation only between two letters or two digits. */
  private static final String PART =
      "(?:"
          + K
          + "(?:"
          + C
          + "*"
          + K
          + ")*"
          + "|(?:"
          + H
          + "(?:'"
          + MARKS
          + "|\""
          + MARKS
          + H
          + ")"
          + "|"
          + N
          + "(?:(?:"
          + C
          + "*|"
          + MID_NUM
          + MARKS
          + ")"
          + N
          + ")*"
          + "|"
          + L_UNQUOTED
          + "(?:"
          + C
          + "*"
          + L_UNQUOTED
          + "|"
          + MID_LETTER
          + MARKS
          + L
          + ")*"
          + ")+)";

  private static final String EMOJI_CHAR =
      "[\\p{IsExtended_Pictographic}[\\p{IsEmoji}&&[^\\x{1F1E6}-\\x{1F1FF}0-9#*"
          + "\\u00A9\\u00AE\\u2122\\u3030\\u303D\\p{IsEmoji_Modifier}]]]";
  private static final String EMOJI_UNIT =
      "(?:\\u200D*"
          + EMOJI_CHAR
          + MARKS_NO_SELECTOR
          + "\\uFE0F?"
          + "|(?:\\u200D*\\p{IsEmoji_Modifier_Base}"
          + MARKS_NO_SELECTOR
          + ")?"
          + "\\p{IsEmoji_Modifier}"
          + MARKS_NO_SELECTOR
          + ")";

  /**
   * Emoji sequences: marks and joiners may belong to one emoji or join the next, so the longest
   * match is searched for rather than the regex engine's first one.
   */
  private static final Pattern EMOJI =
      Pattern.compile(
          EMOJI_UNIT
              + "(?:(?:\\u200D"
              + EMOJI_UNIT
              + ")*|[\\x{E0020}-\\x{E007E}]+\\x{E007F})"
              + "|[0-9#*]"
              + MARKS_NO_SELECTOR
              + "\\uFE0F?\\u20E3"
              + MARKS_NO_SELECTOR
              + "|(?:[\\x{1F1E6}-\\x{1F1FF}]"
              + MARKS
              + "){2}");

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  /** An emoji sequence is never longer than this; the search for its end stops here. */
  private static final int EMOJI_MAX = 32;

  /** The other kinds of word, whose first match is their longest. */
  private static final List<Pattern> RULES =
      List.of(
          Pattern.compile(C + "*" + PART + "(?:" + C + "+" + PART + ")*" + C + "*"),
          Pattern.compile("(?:[" + SOUTHEAST_ASIAN + "&&[\\p{L}\\p{M}]]" + MARKS + ")+"),
          Pattern.compile("\\p{IsHan}" + MARKS),
          Pattern.compile("\\p{IsHiragana}" + MARKS));

  private WordTokenizer() {}

  /** The words of the text, as written, in order. */
  static List<String> words(String text) {
    List<Matcher> matchers = RULES.stream().map(rule -> rule.matcher(text)).toList();
    Matcher emoji = EMOJI.matcher(text);
    List<String> words = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int c = text.codePointAt(at);
      int end = at;
      if (!Character.isWhitespace(c)) {
        int limit = Math.min(text.length(), at + MAX_LENGTH);
        end = longestMatchEnd(matchers, at, limit);
        if (Character.isEmoji(c) || Character.isExtendedPictographic(c) || c == ZERO_WIDTH_JOINER) {
          end = Math.max(end, emojiEnd(emoji, at, limit));
        }
      }
      if (end > at) {
        words.add(text.substring(at, end));
        at = end;
      } else {
        at += Character.charCount(c);
      }
    }
    return words;
  }

  private static int emojiEnd(Matcher m, int from, int limit) {
    m.region(from, limit);
    if (!m.lookingAt()) {
      return from;
    }
    int first = m.end();
    for (int end = Math.min(limit, from + EMOJI_MAX); end > first; end--) {
      m.region(from, end);
      if (m.matches()) {
        return end;
      }
    }
    return first;
  }

  private static int longestMatchEnd(List<Matcher> matchers, int from, int to) {
    int end = from;
    for (Matcher m : matchers) {
      m.region(from, to);
      if (m.lookingAt()) {
        end = Math.max(end, m.end());
      }
    }
    return end;
  }
}

package dev.podium.judge;

import dev.podium.model.Memo;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences, each a verbatim span of it. The JDK's sentence rules break
 * where a stop, a space and a capital (or a quote or bracket) meet; a break is taken back where the
 * text plainly goes on: after an abbreviation ("e.g.", "et al.") or a name's initial, before a
 * lowercase word, and inside brackets or quotation marks that close a little later.
 */
public final class Sentences {
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "\\b(?:e\\.g|i\\.e|et al|cf|vs|viz|Fig|Figs|Eq|Eqs|Sec|Ref|approx|resp|Dr|Prof|Mr|Ms)\\.$"
              + "|\\b(?:\\p{Lu}\\.){2,}$");

  /** A lone capital with a stop, and the word before it. */
  private static final Pattern LONE_CAPITAL = Pattern.compile("(\\S*)\\s+\\p{Lu}\\.$");

  private static final Pattern STARTS_LOWERCASE = Pattern.compile("^\\s*\\p{Ll}");

  /** How many further pieces a bracket or quotation mark may span before it counts as stray. */
  private static final int CLOSING_REACH = 3;

  /**
   * Abstracts are split again for every brief a server makes, and a card is cut from each quote's
   * abstract; the split depends on the text alone.
   */
  private static final Memo<String, List<String>> SPLITS = new Memo<>(4096, Sentences::split);

  private Sentences() {}

  /** The sentences of {@code text}, in order; the list is unmodifiable. */
  public static List<String> of(String text) {
    return SPLITS.get(text);
  }

  private static List<String> split(String text) {
    List<Integer> ends = breaks(text);
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int piece = 0;
    while (piece < ends.size()) {
      int last = piece;
      while (last + 1 < ends.size()) {
        int joinTo = continuation(text, start, ends, last);
        if (joinTo < 0) {
          break;
        }
        last = joinTo;
      }
      String sentence = text.substring(start, ends.get(last)).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
      start = ends.get(last);
      piece = last + 1;
    }
    return List.copyOf(sentences);
  }

  private static List<Integer> breaks(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    List<Integer> ends = new ArrayList<>();
    breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      ends.add(end);
    }
    return ends;
  }

  /**
   * The piece the sentence ending at piece {@code last} runs on to, or -1 when it really ends
   * there.
   */
  private static int continuation(String text, int start, List<Integer> ends, int last) {
    String sentence = text.substring(start, ends.get(last)).strip();
    String next = text.substring(ends.get(last), ends.get(last + 1));
    if (endsWithAbbreviation(sentence) || STARTS_LOWERCASE.matcher(next).find()) {
      return last + 1;
    }
    if (!Openings.of(sentence).open()) {
      return -1;
    }
    for (int k = last + 1; k < ends.size() && k <= last + CLOSING_REACH; k++) {
      if (!Openings.of(text.substring(start, ends.get(k))).open()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the text ends with an abbreviation. A lone capital is an initial after a capitalised
   * word or another initial ("Ronald C. Arkin"); after a lowercase word it is a one-letter name
   * ending the sentence ("the student learns T. This occurs").
   */
  private static boolean endsWithAbbreviation(String sentence) {
    // Both patterns end in a stop; the sentence is stripped, so no line break follows it.
    if (!sentence.endsWith(".")) {
      return false;
    }
    if (ABBREVIATION.matcher(sentence).find()) {
      return true;
    }
    Matcher initial = LONE_CAPITAL.matcher(sentence);
    if (!initial.find()) {
      return false;
    }
    String before = initial.group(1).replaceFirst("^\\p{Ps}+", "");
    return !before.isEmpty() && Character.isUpperCase(before.codePointAt(0));
  }

  /** Brackets and double quotation marks still open at the end of a text. */
  private record Openings(int brackets, boolean quote) {
    boolean open() {
      return brackets > 0 || quote;
    }

    static Openings of(String text) {
      int brackets = 0;
      boolean straight = false;
      int curly = 0;
      for (int i = 0; i < text.length(); i++) {
        switch (text.charAt(i)) {
          case '(', '[' -> brackets++;
          case ')', ']' -> brackets = Math.max(0, brackets - 1);
          case '"' -> straight = !straight;
          case '“' -> curly++;
          case '”' -> curly = Math.max(0, curly - 1);
          default -> {}
        }
      }
      return new Openings(brackets, straight || curly > 0);
    }
  }
}

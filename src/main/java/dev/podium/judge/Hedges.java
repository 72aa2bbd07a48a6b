package dev.podium.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the sentences in which an abstract qualifies its own result ("mitigates, but does not
 * eliminate", "suggest", "modest gains"): the places an opponent can press. Sentences are
 * returned verbatim so they can be quoted.
 */
public final class Hedges {
  /**
   * Cue phrases of hedged or limited results, strongest first, matched as whole words. Framing
   * phrases such as "it remains unclear whether" open many abstracts and are left out.
   */
  static final List<String> CUES =
      List.of(
          "does not eliminate", "do not eliminate", "not eliminate", "mitigates", "modest",
          "small but", "proof-of-concept", "preliminary", "suggest", "suggests", "suggesting",
          "nontrivial", "non-trivial", "not yet", "in some cases", "to some extent", "appears to",
          "evaluator uncertainty", "may be too");

  /** At most this many hedged sentences per record: the strongest points, not the abstract. */
  static final int MAX_PER_RECORD = 2;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}(\"“])");

  private Hedges() {}

  /**
   * The abstract's most strongly hedged statements (not its questions), at most two, verbatim and
   * in the abstract's order.
   */
  public static List<String> in(String abstractText) {
    String[] sentences = SENTENCE_END.split(abstractText.strip());
    int[] strengths = new int[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      strengths[i] = strength(sentences[i]);
    }
    List<Integer> chosen =
        IntStream.range(0, sentences.length)
            .filter(i -> strengths[i] < CUES.size())
            .boxed()
            .sorted(Comparator.comparingInt((Integer i) -> strengths[i]))
            .limit(MAX_PER_RECORD)
            .sorted()
            .toList();
    List<String> hedged = new ArrayList<>();
    chosen.forEach(i -> hedged.add(sentences[i].strip()));
    return hedged;
  }

  /** The rank of the strongest cue in the sentence; {@code CUES.size()} when none or a question. */
  static int strength(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).strip();
    if (lower.endsWith("?")) {
      return CUES.size();
    }
    for (int i = 0; i < CUES.size(); i++) {
      if (containsWord(lower, CUES.get(i))) {
        return i;
      }
    }
    return CUES.size();
  }

  /** Whether the cue occurs with no letter or hyphen right before or after it. */
  private static boolean containsWord(String text, String cue) {
    for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      int end = at + cue.length();
      boolean freeBefore = at == 0 || !joins(text.codePointBefore(at));
      boolean freeAfter = end == text.length() || !joins(text.codePointAt(end));
      if (freeBefore && freeAfter) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(int codePoint) {
    return codePoint == '-' || Character.isLetter(codePoint);
  }
}

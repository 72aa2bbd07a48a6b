package dev.podium.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
  private static final List<Pattern> PATTERNS =
      CUES.stream()
          .map(c -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(c) + "(?![\\p{L}-])"))
          .toList();

  private Hedges() {}

  /**
   * The abstract's most strongly hedged statements (not its questions), at most two, verbatim and
   * in the abstract's order.
   */
  public static List<String> in(String abstractText) {
    List<String> sentences = List.of(SENTENCE_END.split(abstractText.strip()));
    List<Integer> chosen =
        java.util.stream.IntStream.range(0, sentences.size())
            .filter(i -> strength(sentences.get(i)) < CUES.size())
            .boxed()
            .sorted(java.util.Comparator.comparingInt((Integer i) -> strength(sentences.get(i))))
            .limit(MAX_PER_RECORD)
            .sorted()
            .toList();
    List<String> hedged = new ArrayList<>();
    chosen.forEach(i -> hedged.add(sentences.get(i).strip()));
    return hedged;
  }

  /** The rank of the strongest cue in the sentence; {@code CUES.size()} when none or a question. */
  private static int strength(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).strip();
    if (lower.endsWith("?")) {
      return CUES.size();
    }
    for (int i = 0; i < PATTERNS.size(); i++) {
      if (PATTERNS.get(i).matcher(lower).find()) {
        return i;
      }
    }
    return CUES.size();
  }
}

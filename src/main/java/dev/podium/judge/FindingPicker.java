package dev.podium.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Picks, verbatim from an abstract, the sentence that states the result (the finding) and up to
 * three quotable sentences, by cue phrases: a reported result ("we find", "our results show")
 * beats a stated aim ("we propose"), a sentence short enough to quote and then the earlier one
 * wins a tie, and with no cue at all the last sentence, where papers conclude, is the finding. A
 * sentence that only announces what follows ("this paper makes three contributions") says
 * nothing on its own and never counts.
 */
public final class FindingPicker {
  static final int MAX_QUOTES = 3;

  /** Quotes read aloud or printed on a card; longer sentences stay findings only. */
  static final int MAX_QUOTE_LENGTH = 350;

  private static final int MIN_QUOTE_LENGTH = 30;

  private static final List<String> RESULT_CUES =
      List.of(
          "we find", "we found", "we show", "we demonstrate", "we observe", "we discover",
          "we confirm", "we prove", "we establish", "our results", "our findings", "our analysis",
          "our evaluation", "our experiments", "our work demonstrates", "our work indicates",
          "results show", "results suggest", "results indicate", "results demonstrate",
          "results reveal", "results highlight", "findings reveal", "findings show",
          "findings suggest", "experiments show", "experiments on", "evaluation shows", "reveals",
          "we report", "these results");

  /** Sentences that point at the next ones instead of saying something themselves. */
  private static final Pattern ANNOUNCEMENT =
      Pattern.compile(
          "\\b(?:makes?|offers?|has|have)\\s+(?:two|three|four|five|several|\\d+)\\s+(?:\\w+\\s+)?contributions\\b"
              + "|\\bas follows\\b|:\\s*$");

  private static final List<String> AIM_CUES =
      List.of(
          "we argue", "we propose", "we introduce", "we present", "we identify", "we conclude",
          "we call", "we encourage", "this paper", "in this work", "overall");

  /** The finding and the quotes, in the order they appear in the abstract after the finding. */
  public record Picked(String finding, List<String> quotes) {
    public Picked {
      quotes = List.copyOf(quotes);
    }
  }

  private FindingPicker() {}

  public static Picked pick(String abstract_) {
    List<String> sentences = Sentences.of(abstract_);
    if (sentences.isEmpty()) {
      return new Picked(abstract_.strip(), List.of());
    }
    int[] scores = sentences.stream().mapToInt(FindingPicker::score).toArray();
    int best = IntStream.range(0, sentences.size()).boxed()
        .max(Comparator.comparingInt((Integer i) -> scores[i])
            .thenComparing(i -> quotable(sentences.get(i)))
            .thenComparing(i -> -i))
        .orElseThrow();
    if (scores[best] == 0) {
      best = sentences.size() - 1;
    }
    String finding = sentences.get(best);
    List<String> quotes = new ArrayList<>();
    if (quotable(finding)) {
      quotes.add(finding);
    }
    IntStream.range(0, sentences.size()).boxed()
        .filter(i -> scores[i] > 0 && quotable(sentences.get(i)) && !quotes.contains(sentences.get(i)))
        .sorted(Comparator.comparingInt((Integer i) -> -scores[i]).thenComparingInt(i -> i))
        .limit(MAX_QUOTES - quotes.size())
        .forEach(i -> quotes.add(sentences.get(i)));
    if (quotes.isEmpty()) {
      quotes.add(finding);
    }
    return new Picked(finding, quotes);
  }

  /** 2 for a reported result, 1 for a stated aim, else 0; the strongest cue counts, not the sum. */
  static int score(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (ANNOUNCEMENT.matcher(lower).find()) {
      return 0;
    }
    if (RESULT_CUES.stream().anyMatch(lower::contains)) {
      return 2;
    }
    return AIM_CUES.stream().anyMatch(lower::contains) ? 1 : 0;
  }

  private static boolean quotable(String sentence) {
    return sentence.length() >= MIN_QUOTE_LENGTH && sentence.length() <= MAX_QUOTE_LENGTH;
  }
}

package dev.podium.assemble;

import dev.podium.judge.Sentences;
import dev.podium.model.Nullable;
import dev.podium.model.Verbatim;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A quote set in its context, as a debater cuts a card: the rest of its sentence around it, and the
 * sentence before when the quoted one leans on it ("These results show…"). The three parts read, in
 * order, as one verbatim span of the abstract; the {@code warrant} is the part quoted.
 */
record CardQuote(@Nullable String before, String warrant, @Nullable String after) {
  /** Opening words that point back to the sentence before, which the reader then needs. */
  private static final Set<String> LEANING =
      Set.of(
          "this",
          "these",
          "that",
          "those",
          "such",
          "it",
          "they",
          "yet",
          "however",
          "but",
          "thus",
          "therefore",
          "hence",
          "moreover",
          "furthermore",
          "similarly",
          "instead",
          "consequently",
          "accordingly",
          "based",
          "overall",
          "together");

  /** The quote in its context within the abstract; without context when it is not found there. */
  static CardQuote of(String quote, String abstractText) {
    String source = Verbatim.collapse(abstractText);
    String quoted = Verbatim.collapse(quote);
    int start = Verbatim.offsetIn(quote, source);
    if (start < 0) {
      return new CardQuote(null, quote.strip(), null);
    }
    int end = start + quoted.length();
    List<String> sentences = Sentences.of(source);
    int[] starts = new int[sentences.size()];
    int cursor = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int at = source.indexOf(sentences.get(i), cursor);
      starts[i] = at < 0 ? cursor : at;
      cursor = starts[i] + sentences.get(i).length();
    }
    int first = sentenceAt(starts, start);
    int last = sentenceAt(starts, Math.max(start, end - 1));
    int from = starts[first];
    if (first > 0 && leansBack(sentences.get(first)) && startsAt(source, from, start)) {
      from = starts[first - 1];
    }
    int to = starts[last] + sentences.get(last).length();
    // Punctuation right after the quote belongs to it on the page ("… the unsafe behavior.").
    while (end < to && ",.;:!?)".indexOf(source.charAt(end)) >= 0) {
      end++;
    }
    quoted = source.substring(start, end);
    return new CardQuote(
        blankToNull(source.substring(from, start)),
        quoted,
        blankToNull(source.substring(end, Math.max(end, to))));
  }

  /** The quote and its context as one span: what a reader can look up in the source. */
  String span() {
    return String.join(
        " ", java.util.stream.Stream.of(before, warrant, after).filter(s -> s != null).toList());
  }

  private static int sentenceAt(int[] starts, int offset) {
    int found = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= offset) {
        found = i;
      }
    }
    return found;
  }

  /** Whether the quote starts its sentence (give or take a few words), so context helps. */
  private static boolean startsAt(String source, int sentenceStart, int quoteStart) {
    return quoteStart - sentenceStart < 40;
  }

  private static boolean leansBack(String sentence) {
    String first = sentence.strip().split("[\\s,:;]+", 2)[0].toLowerCase(Locale.ROOT);
    return LEANING.contains(first);
  }

  private static @Nullable String blankToNull(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}

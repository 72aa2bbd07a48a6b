package dev.podium.judge;

import dev.podium.judge.EnglishWords.Word;
import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a paper with the taxonomy's stances by finding their terms in its title and abstract,
 * stemmed as Lucene's English analysis does ({@link EnglishWords}: "deceptive" finds "deception").
 * A phrase matches its words in order, with any stop words it does not spell allowed between them
 * ("removing backdoors" finds "removing the backdoors"). A stance's excluded phrases ("catastrophic
 * forgetting") claim their words first, so no term of that stance counts there. A term in the title
 * scores {@value #TITLE_WEIGHT}; in the abstract 1 per word that is not a stop word, and {@value
 * #REPEAT_WEIGHT} more when found again; a stance is tagged at {@value #THRESHOLD}. Thread-safe
 * once made.
 */
public final class StanceTagger {
  static final double TITLE_WEIGHT = 3;
  static final double REPEAT_WEIGHT = 1;
  static final double THRESHOLD = 2;

  private final List<StanceTerms> stances = new ArrayList<>();

  /** A stance's terms and excluded phrases, each longest first so a phrase wins over its words. */
  private record StanceTerms(String stance, List<Term> exclusions, List<Term> terms) {}

  /** A term as written and as analysed. */
  private record Term(String text, List<Word> words) {
    /** What a match in the abstract scores: its words, less the stop words. */
    int weight() {
      return (int) words.stream().filter(w -> !w.stop()).count();
    }
  }

  /** The stances tagged, in taxonomy order, and one line per stance saying which terms did it. */
  public record Tagging(List<String> stances, List<String> matchedTerms) {
    public Tagging {
      stances = List.copyOf(stances);
      matchedTerms = List.copyOf(matchedTerms);
    }
  }

  public StanceTagger(Taxonomy taxonomy) {
    for (Stance stance : taxonomy.stances()) {
      stances.add(new StanceTerms(stance.id(), analyse(stance.exclude()), analyse(stance.terms())));
    }
  }

  /** Terms with a word that is not a stop word, without repeats, longest first. */
  private List<Term> analyse(List<String> texts) {
    List<Term> terms = new ArrayList<>();
    for (String text : texts) {
      List<Word> words = EnglishWords.of(text);
      Term term = new Term(text, words);
      if (term.weight() > 0 && terms.stream().noneMatch(t -> t.words().equals(words))) {
        terms.add(term);
      }
    }
    terms.sort(Comparator.comparingInt((Term t) -> t.words().size()).reversed());
    return terms;
  }

  public Tagging tag(String title, String abstract_) {
    List<Word> titleWords = EnglishWords.of(title);
    List<Word> abstractWords = EnglishWords.of(abstract_);
    List<String> tagged = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (StanceTerms stance : stances) {
      Map<Term, int[]> hits = hits(stance, titleWords, abstractWords);
      double score = 0;
      for (Map.Entry<Term, int[]> e : hits.entrySet()) {
        int[] h = e.getValue();
        score +=
            (h[0] > 0 ? TITLE_WEIGHT : 0)
                + (h[1] > 0 ? e.getKey().weight() : 0)
                + (h[1] > 1 ? REPEAT_WEIGHT : 0);
      }
      if (score >= THRESHOLD) {
        tagged.add(stance.stance());
        lines.add(stance.stance() + ": " + describe(hits));
      }
    }
    return new Tagging(tagged, lines);
  }

  /**
   * For each term found: how often in the title, how often in the abstract, in term order. The
   * stance's excluded phrases claim their words before any term is looked for.
   */
  private static Map<Term, int[]> hits(StanceTerms stance, List<Word> title, List<Word> abstract_) {
    boolean[] titleUsed = new boolean[title.size()];
    boolean[] abstractUsed = new boolean[abstract_.size()];
    for (Term exclusion : stance.exclusions()) {
      count(exclusion.words(), title, titleUsed);
      count(exclusion.words(), abstract_, abstractUsed);
    }
    Map<Term, int[]> hits = new LinkedHashMap<>();
    for (Term term : stance.terms()) {
      int inTitle = count(term.words(), title, titleUsed);
      int inAbstract = count(term.words(), abstract_, abstractUsed);
      if (inTitle + inAbstract > 0) {
        hits.put(term, new int[] {inTitle, inAbstract});
      }
    }
    return hits;
  }

  /** Counts the term's occurrences on words nothing longer has claimed, and claims them. */
  private static int count(List<Word> term, List<Word> text, boolean[] used) {
    int count = 0;
    for (int i = 0; i < text.size(); i++) {
      int end = matchEnd(term, text, used, i);
      if (end > i) {
        Arrays.fill(used, i, end, true);
        count++;
        i = end - 1;
      }
    }
    return count;
  }

  /** Where a match of the term starting at {@code at} ends (exclusive), or -1 if there is none. */
  private static int matchEnd(List<Word> term, List<Word> text, boolean[] used, int at) {
    int j = at;
    for (int k = 0; k < term.size(); k++) {
      String stem = term.get(k).stem();
      while (k > 0 && j < text.size() && text.get(j).stop() && !text.get(j).stem().equals(stem)) {
        j++;
      }
      if (j == text.size() || used[j] || !text.get(j).stem().equals(stem)) {
        return -1;
      }
      j++;
    }
    return j;
  }

  /** "deceptive (title), backdoor ×3": the taxonomy's words, so a user knows what to edit. */
  private static String describe(Map<Term, int[]> hits) {
    List<String> parts = new ArrayList<>();
    hits.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<Term, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1]))
        .forEach(
            e -> {
              int[] h = e.getValue();
              StringBuilder part = new StringBuilder(e.getKey().text());
              if (h[0] > 0) {
                part.append(" (title)");
              }
              if (h[1] > 1) {
                part.append(" ×").append(h[1]);
              }
              parts.add(part.toString());
            });
    return String.join(", ", parts);
  }
}

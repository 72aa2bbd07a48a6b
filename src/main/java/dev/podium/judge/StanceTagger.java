package dev.podium.judge;

import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Tags a paper with the taxonomy's stances by finding their terms, stemmed by Lucene's English
 * analysis ("deceptive" finds "deception"; a phrase matches its words in order), in its title and
 * abstract. A title match scores {@value #TITLE_WEIGHT}, an abstract match 1 per word of the term
 * (plus {@value #REPEAT_WEIGHT} when repeated), and a stance is tagged at {@value #THRESHOLD};
 * not thread-safe, close it to release the analyzer.
 */
public final class StanceTagger implements AutoCloseable {
  static final double TITLE_WEIGHT = 3;
  static final double REPEAT_WEIGHT = 0.5;
  static final double THRESHOLD = 2;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final List<StanceTerms> stances = new ArrayList<>();

  /** A stance's terms as stem sequences, longest first so a phrase wins over its own words. */
  private record StanceTerms(String stance, List<Term> terms) {}

  private record Term(String text, List<String> stems) {}

  /** The stances tagged, in taxonomy order, and one line per stance saying which terms did it. */
  public record Tagging(List<String> stances, List<String> matchedTerms) {
    public Tagging {
      stances = List.copyOf(stances);
      matchedTerms = List.copyOf(matchedTerms);
    }
  }

  public StanceTagger(Taxonomy taxonomy) {
    for (Stance stance : taxonomy.stances()) {
      List<Term> terms = new ArrayList<>();
      for (String text : stance.terms()) {
        List<String> stems = stems(text);
        if (!stems.isEmpty() && terms.stream().noneMatch(t -> t.stems().equals(stems))) {
          terms.add(new Term(text, stems));
        }
      }
      terms.sort(Comparator.comparingInt((Term t) -> t.stems().size()).reversed());
      stances.add(new StanceTerms(stance.id(), terms));
    }
  }

  public Tagging tag(String title, String abstract_) {
    List<String> titleStems = stems(title);
    List<String> abstractStems = stems(abstract_);
    List<String> tagged = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (StanceTerms stance : stances) {
      Map<Term, int[]> hits = hits(stance, titleStems, abstractStems);
      double score = 0;
      for (Map.Entry<Term, int[]> e : hits.entrySet()) {
        int[] h = e.getValue();
        score += (h[0] > 0 ? TITLE_WEIGHT : 0) + (h[1] > 0 ? e.getKey().stems().size() : 0) + (h[1] > 1 ? REPEAT_WEIGHT : 0);
      }
      if (score >= THRESHOLD) {
        tagged.add(stance.stance());
        lines.add(stance.stance() + ": " + describe(hits));
      }
    }
    return new Tagging(tagged, lines);
  }

  /** For each term found: how often in the title, how often in the abstract, in term order. */
  private static Map<Term, int[]> hits(StanceTerms stance, List<String> title, List<String> abstract_) {
    Map<Term, int[]> hits = new LinkedHashMap<>();
    boolean[] titleUsed = new boolean[title.size()];
    boolean[] abstractUsed = new boolean[abstract_.size()];
    for (Term term : stance.terms()) {
      int inTitle = count(term.stems(), title, titleUsed);
      int inAbstract = count(term.stems(), abstract_, abstractUsed);
      if (inTitle + inAbstract > 0) {
        hits.put(term, new int[] {inTitle, inAbstract});
      }
    }
    return hits;
  }

  /** Counts the term's occurrences on words no longer term has claimed, and claims them. */
  private static int count(List<String> term, List<String> text, boolean[] used) {
    int count = 0;
    for (int i = 0; i + term.size() <= text.size(); i++) {
      if (matchesAt(term, text, used, i)) {
        for (int k = 0; k < term.size(); k++) {
          used[i + k] = true;
        }
        count++;
      }
    }
    return count;
  }

  private static boolean matchesAt(List<String> term, List<String> text, boolean[] used, int at) {
    for (int k = 0; k < term.size(); k++) {
      if (used[at + k] || !term.get(k).equals(text.get(at + k))) {
        return false;
      }
    }
    return true;
  }

  /** "deceptive (title), backdoor ×3": the taxonomy's words, so a user knows what to edit. */
  private static String describe(Map<Term, int[]> hits) {
    List<String> parts = new ArrayList<>();
    hits.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Term, int[]> e) -> -e.getValue()[0])
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

  @Override
  public void close() {
    analyzer.close();
  }

  private List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text in memory", e);
    }
    return stems;
  }
}

package dev.podium.imports;

import dev.podium.model.Evidence;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the records of two lists that describe the same paper: first by title, then by abstract,
 * each compared without case, accents, spacing or punctuation, then by DOI or arXiv id (so a paper
 * whose title and abstract both changed at the source is still found), then (when asked) by id.
 * Each record is paired at most once, in list order, so two papers with one title pair in turn.
 */
final class RecordMatcher {
  private RecordMatcher() {}

  /** Pairs as a map from index in {@code left} to index in {@code right}. */
  static Map<Integer, Integer> match(List<Evidence> left, List<Evidence> right, boolean byId) {
    Map<Integer, Integer> pairs = new HashMap<>();
    Map<Integer, Integer> taken = new HashMap<>();
    pairBy(left, right, e -> key(e.title()), pairs, taken);
    pairBy(left, right, e -> key(e.abstract_()), pairs, taken);
    pairBy(left, right, e -> e.doi() == null ? "" : e.doi().toLowerCase(Locale.ROOT), pairs, taken);
    // An arXiv id names the paper whatever its version.
    pairBy(
        left,
        right,
        e -> e.arxivId() == null ? "" : e.arxivId().replaceFirst("v\\d+$", ""),
        pairs,
        taken);
    if (byId) {
      pairBy(left, right, Evidence::id, pairs, taken);
    }
    return pairs;
  }

  private static void pairBy(
      List<Evidence> left,
      List<Evidence> right,
      Function<Evidence, String> key,
      Map<Integer, Integer> pairs,
      Map<Integer, Integer> taken) {
    List<String> rightKeys = right.stream().map(key).toList();
    for (int i = 0; i < left.size(); i++) {
      if (pairs.containsKey(i)) {
        continue;
      }
      String k = key.apply(left.get(i));
      if (k.isEmpty()) {
        continue;
      }
      for (int j = 0; j < right.size(); j++) {
        if (!taken.containsKey(j) && k.equals(rightKeys.get(j))) {
          pairs.put(i, j);
          taken.put(j, i);
          break;
        }
      }
    }
  }

  /** Letters and digits only, lower case, accents dropped: what survives a re-typeset listing. */
  static String key(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}

package dev.podium.judge;

import dev.podium.model.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a stance's records into key points by the words they share. A record's words are the stems
 * of its title and finding, less the words of any research abstract ("model", "result") and, with
 * four records or more, the words most of the stance's records share (they do not tell points
 * apart); a stance term that tagged it counts twice. Taking records in the order given, a record
 * joins the group whose lead record shares the most words with it, at least {@value #MIN_SHARED},
 * or else leads a new group. Deterministic for a given order.
 */
final class KeyPoints {
  /** The fewest shared words that put two records in one key point. */
  static final int MIN_SHARED = 2;

  /** Stems so common in research abstracts that sharing them says nothing. */
  private static final Set<String> GENERIC =
      Set.of(
          "model",
          "languag",
          "larg",
          "llm",
          "llms",
          "ai",
          "system",
          "result",
          "show",
          "find",
          "propos",
          "method",
          "approach",
          "paper",
          "work",
          "us",
          "can",
          "new",
          "studi",
          "our",
          "we",
          "evalu",
          "provid",
          "present",
          "introduc",
          "demonstr",
          "suggest",
          "wai",
          "also",
          "base",
          "differ",
          "across",
          "sever",
          "on",
          "two",
          "three",
          "first",
          "more",
          "mai",
          "howev",
          "while",
          "well",
          "even",
          "often",
          "how",
          "when",
          "which",
          "both",
          "exist",
          "between",
          "through",
          "from",
          "over",
          "under",
          "than",
          "them",
          "its",
          "what",
          "whether",
          "where",
          "onli",
          "all",
          "ani",
          "each",
          "other",
          "some",
          "most",
          "mani",
          "much",
          "veri",
          "within",
          "without",
          "about",
          "after",
          "befor",
          "dure",
          "against",
          "among",
          "per",
          "via",
          "could",
          "would",
          "should",
          "might",
          "must",
          "has",
          "have",
          "had",
          "been",
          "do",
          "doe",
          "make",
          "set",
          "i.e",
          "e.g",
          "further",
          "still",
          "yet",
          "here");

  private KeyPoints() {}

  /** A key point's records, the lead (the first) first, and the words they share with it. */
  record Group(List<Evidence> records, Set<String> shared) {
    Group {
      records = List.copyOf(records);
      shared = Set.copyOf(shared);
    }
  }

  /**
   * The records in groups, in the order their leads come.
   *
   * @param stanceTerms for each record, the stance terms that tagged it (may be empty)
   */
  static List<Group> group(List<Evidence> records, Map<Evidence, List<String>> stanceTerms) {
    Map<Evidence, Set<String>> words = new HashMap<>();
    for (Evidence e : records) {
      Set<String> w = stems(e.title() + " " + e.finding());
      stanceTerms.getOrDefault(e, List.of()).forEach(t -> w.add("#" + String.join(" ", stems(t))));
      words.put(e, w);
    }
    dropCommon(words, records.size());
    List<List<Evidence>> groups = new ArrayList<>();
    List<Set<String>> shared = new ArrayList<>();
    for (Evidence e : records) {
      int best = -1;
      int bestScore = MIN_SHARED - 1;
      for (int g = 0; g < groups.size(); g++) {
        int score = score(words.get(groups.get(g).get(0)), words.get(e));
        if (score > bestScore) {
          best = g;
          bestScore = score;
        }
      }
      if (best < 0) {
        groups.add(new ArrayList<>(List.of(e)));
        shared.add(new LinkedHashSet<>());
      } else {
        groups.get(best).add(e);
        Set<String> common = new LinkedHashSet<>(words.get(groups.get(best).get(0)));
        common.retainAll(words.get(e));
        shared.get(best).addAll(common);
      }
    }
    List<Group> result = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      result.add(new Group(groups.get(g), shared.get(g)));
    }
    return result;
  }

  /** Shared words, a stance term counting twice. */
  private static int score(Set<String> lead, Set<String> other) {
    int score = 0;
    for (String w : other) {
      if (lead.contains(w)) {
        score += w.startsWith("#") ? 2 : 1;
      }
    }
    return score;
  }

  /** With four records or more, words in more than half of them tell no point apart. */
  private static void dropCommon(Map<Evidence, Set<String>> words, int records) {
    if (records < 4) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    words.values().forEach(set -> set.forEach(w -> counts.merge(w, 1, Integer::sum)));
    words.values().forEach(set -> set.removeIf(w -> counts.get(w) * 2 > records));
  }

  /** The text's stems that tell something: three letters or more, no digits, not generic. */
  private static Set<String> stems(String text) {
    Set<String> stems = new LinkedHashSet<>();
    for (String stem : EnglishWords.stems(text)) {
      boolean telling = stem.length() > 2 && stem.chars().noneMatch(Character::isDigit);
      if (telling && !GENERIC.contains(stem)) {
        stems.add(stem);
      }
    }
    return stems;
  }
}

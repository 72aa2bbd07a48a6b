package dev.podium.hygiene;

import dev.podium.hygiene.BriefText.Block;
import dev.podium.judge.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No sentence of {@value #MIN_WORDS} or more words twice in one brief's running text (paragraphs,
 * list items, block quotes). Headings, tables, image descriptions, reference entries and the footer
 * are left out; lead-in labels ("Objection:", a card's "1.") are not part of the sentence, a hard
 * line break ends one, and citation markers and quotation marks do not count. A sentence that is
 * part of a title the brief names ("When Will AI Exceed Human Performance?") is a name, not a
 * sentence.
 */
final class RepeatedSentences {
  static final String RULE = "sentence twice";
  static final int MIN_WORDS = 6;

  private static final Pattern TRAILING_CITATIONS =
      Pattern.compile("(?:\\s*\\[\\d+],?)+\\s*(?:\\(\\d+ \\p{L}+\\))?\\s*$");

  private RepeatedSentences() {}

  record Occurrence(int line, String sentence) {}

  static List<Violation> check(BriefText brief) {
    Set<String> titles = RepeatedQuotes.titles(brief);
    Map<String, List<Occurrence>> seen = new LinkedHashMap<>();
    for (Block block : brief.blocks()) {
      if (!block.running()) {
        continue;
      }
      String text = withoutLabels(block);
      int pieceStart = 0;
      for (String piece : text.split("\n", -1)) {
        int from = 0;
        for (String sentence : Sentences.of(piece)) {
          int at = piece.indexOf(sentence, from);
          from = at < 0 ? from : at + sentence.length();
          String key = Wording.key(sentence);
          if (Wording.words(key) >= MIN_WORDS && titles.stream().noneMatch(t -> t.contains(key))) {
            int line = block.lineAt(pieceStart + Math.max(at, 0));
            seen.computeIfAbsent(key, k -> new ArrayList<>())
                .add(
                    new Occurrence(
                        line, TRAILING_CITATIONS.matcher(sentence).replaceFirst("").strip()));
          }
        }
        pieceStart += piece.length() + 1;
      }
    }
    List<Violation> found = new ArrayList<>();
    seen.forEach(
        (key, occurrences) -> {
          if (occurrences.size() > 1) {
            found.add(
                new Violation(
                    brief.name(),
                    occurrences.get(0).line(),
                    RULE,
                    occurrences.size()
                        + " times (lines "
                        + lines(occurrences)
                        + "): \""
                        + occurrences.get(0).sentence()
                        + "\""));
          }
        });
    found.sort(Comparator.comparingInt(Violation::line));
    return found;
  }

  private static String withoutLabels(Block block) {
    StringBuilder text = new StringBuilder(block.text());
    for (int[] label : block.labels()) {
      for (int i = label[0]; i < label[1]; i++) {
        text.setCharAt(i, ' ');
      }
    }
    return text.toString();
  }

  static String lines(List<Occurrence> occurrences) {
    return String.join(", ", occurrences.stream().map(o -> String.valueOf(o.line())).toList());
  }
}

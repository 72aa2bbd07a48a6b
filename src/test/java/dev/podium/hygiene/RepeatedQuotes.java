package dev.podium.hygiene;

import dev.podium.hygiene.BriefText.Block;
import dev.podium.hygiene.BriefText.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No “quoted” text of {@value RepeatedSentences#MIN_WORDS} or more words twice in one brief: a
 * quotation counts again wherever its words recur, quoted or not, alone or inside a longer passage
 * (headings, paragraphs, list items, block quotes). A name the brief quotes is exempt: naming a
 * paper or a stance twice is not quoting it twice. Names are the titles (the quoted spans of
 * reference entries, the cells of tables), the parts of headings, and text in bold.
 */
final class RepeatedQuotes {
  static final String RULE = "quotation twice";

  private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”");

  private RepeatedQuotes() {}

  /** The titles a brief names: the quoted spans of its reference entries and its table cells. */
  static Set<String> titles(BriefText brief) {
    Set<String> titles = new HashSet<>();
    for (Block block : brief.blocks()) {
      if (block.kind() == Kind.REFERENCE) {
        Matcher m = QUOTED.matcher(block.text());
        while (m.find()) {
          titles.add(Wording.key(m.group(1)));
        }
      } else if (block.kind() == Kind.TABLE_CELL) {
        titles.add(Wording.key(block.text()));
      }
    }
    return titles;
  }

  private static final Pattern HEADING_PARTS = Pattern.compile("^\\d+\\.\\s*|:\\s+");

  private static Set<String> names(BriefText brief) {
    Set<String> names = titles(brief);
    for (Block block : brief.blocks()) {
      if (block.kind() == Kind.HEADING) {
        names.add(Wording.key(block.text()));
        for (String part : HEADING_PARTS.split(block.text())) {
          names.add(Wording.key(part));
        }
      }
      for (int[] span : block.strong()) {
        names.add(Wording.key(block.text().substring(span[0], span[1])));
      }
    }
    return names;
  }

  static List<Violation> check(BriefText brief) {
    Set<String> names = names(brief);
    List<Block> searched =
        brief.blocks().stream().filter(b -> b.running() || b.kind() == Kind.HEADING).toList();
    Map<String, String> quotes = new LinkedHashMap<>();
    Map<String, Integer> firstLines = new LinkedHashMap<>();
    for (Block block : searched) {
      Matcher m = QUOTED.matcher(block.text());
      while (m.find()) {
        String key = Wording.key(m.group(1));
        if (Wording.words(key) >= RepeatedSentences.MIN_WORDS && !names.contains(key)) {
          quotes.putIfAbsent(key, m.group(1).replaceAll("\\s+", " "));
          firstLines.putIfAbsent(key, block.lineAt(m.start()));
        }
      }
    }
    List<Violation> found = new ArrayList<>();
    firstLines.forEach(
        (quote, firstLine) -> {
          Pattern words =
              Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(quote) + "(?![\\p{L}\\p{N}])");
          List<Integer> lines = new ArrayList<>();
          for (Block block : searched) {
            // Matched on the block's key, so the line is found again from the words.
            Matcher m = words.matcher(Wording.key(block.text()));
            while (m.find()) {
              lines.add(lineOf(block, quote));
            }
          }
          if (lines.size() > 1) {
            found.add(
                new Violation(
                    brief.name(),
                    firstLine,
                    RULE,
                    lines.size()
                        + " times (lines "
                        + String.join(", ", lines.stream().map(String::valueOf).toList())
                        + "): “"
                        + quotes.get(quote)
                        + "”"));
          }
        });
    found.sort(Comparator.comparingInt(Violation::line));
    return found;
  }

  /** The line of a block where the quotation's first words appear, or the block's first line. */
  private static int lineOf(Block block, String quote) {
    String[] words = quote.split(" ");
    String start = String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
    int[] lines = block.lines();
    String text = block.text();
    for (int i = 0; i < text.length(); i++) {
      if (i == 0 || lines[i] != lines[i - 1]) {
        int end = i;
        while (end < text.length() && lines[end] == lines[i]) {
          end++;
        }
        if (Wording.key(text.substring(i, end)).contains(start)) {
          return lines[i];
        }
      }
    }
    return block.lineAt(0);
  }
}

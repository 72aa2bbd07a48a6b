package dev.podium.judge;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences, each a verbatim span of it. Uses the JDK's sentence rules,
 * then joins pieces that ended at an abbreviation ("e.g.", "et al.") rather than a sentence end.
 */
public final class Sentences {
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:\\b(?:e\\.g|i\\.e|et al|cf|vs|Fig|Eq|Sec|approx|resp)\\.|\\b\\p{Lu}\\.)$");

  private Sentences() {}

  public static List<String> of(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      pending.append(text, start, end);
      String candidate = pending.toString().strip();
      if (!ABBREVIATION.matcher(candidate).find()) {
        if (!candidate.isEmpty()) {
          sentences.add(candidate);
        }
        pending.setLength(0);
      }
    }
    String rest = pending.toString().strip();
    if (!rest.isEmpty()) {
      sentences.add(rest);
    }
    return sentences;
  }
}

package dev.podium.hygiene;

import dev.podium.hygiene.BriefText.Block;
import dev.podium.hygiene.BriefText.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a brief states a count next to the things counted, they agree, in two forms that do not
 * depend on wording: a part never exceeds its whole ("5 of the 4 records"), and a count in brackets
 * after a run of citations is the number of citations in the run ("[1], [5] (3 records)"). Counts
 * set against tables or lists elsewhere in the brief are not checked: how a brief words the total
 * is the template's business, and a check tied to it would not survive a rewrite.
 */
final class StatedCounts {
  static final String RULE = "stated count disagrees";

  private static final String NUMBER =
      "(\\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  private static final Map<String, Integer> WORDS = CountAgreement.NUMBER_WORDS;

  private static final Pattern PART_OF_WHOLE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}\\[.,])"
              + NUMBER
              + "\\s+of\\s+(?:the\\s+|all\\s+|these\\s+|those\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?"
              + NUMBER
              + "(?![\\p{L}\\p{N}]|[.,]\\d)");

  private static final Pattern CITATION_RUN =
      Pattern.compile(
          "((?:\\[\\d+]\\s*(?:[,;]|[–-](?=\\s*\\[))?\\s*)+)\\(\\s*"
              + NUMBER
              + "\\s+[\\p{L}-]+\\s*\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
  private static final Pattern RANGE = Pattern.compile("\\[(\\d+)]\\s*[–-]\\s*\\[(\\d+)]");

  private StatedCounts() {}

  static List<Violation> check(BriefText brief) {
    List<Violation> found = new ArrayList<>();
    for (Block block : brief.blocks()) {
      if (block.kind() == Kind.REFERENCE) {
        continue;
      }
      String text = BriefText.ownWords(block.text());
      Matcher m = PART_OF_WHOLE.matcher(text);
      while (m.find()) {
        long part = value(m.group(1));
        long whole = value(m.group(2));
        if (part > whole) {
          found.add(
              violation(
                  brief, block, m, "the part (" + part + ") exceeds the whole (" + whole + ")"));
        }
      }
      m = CITATION_RUN.matcher(text);
      while (m.find()) {
        long stated = value(m.group(2));
        long cited = count(m.group(1));
        if (stated != cited) {
          found.add(
              violation(
                  brief,
                  block,
                  m,
                  "states "
                      + stated
                      + " beside "
                      + cited
                      + (cited == 1 ? " citation" : " citations")));
        }
      }
    }
    return found;
  }

  private static Violation violation(BriefText brief, Block block, Matcher m, String what) {
    return new Violation(
        brief.name(),
        block.lineAt(m.start()),
        RULE,
        what + ": " + Violation.excerpt(block.text(), m.start(), m.end()));
  }

  /** The citations in a run, a range [3]–[5] counting each number in it. */
  private static long count(String run) {
    long n = 0;
    Matcher r = RANGE.matcher(run);
    while (r.find()) {
      n += Long.parseLong(r.group(2)) - Long.parseLong(r.group(1)) + 1;
    }
    String rest = RANGE.matcher(run).replaceAll(" ");
    Matcher c = CITATION.matcher(rest);
    while (c.find()) {
      n++;
    }
    return n;
  }

  private static long value(String number) {
    Integer word = WORDS.get(number.toLowerCase(Locale.ROOT));
    return word != null ? word : number.length() > 15 ? Long.MAX_VALUE : Long.parseLong(number);
  }
}

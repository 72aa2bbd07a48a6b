package dev.podium.hygiene;

import dev.podium.hygiene.BriefText.Block;
import dev.podium.hygiene.BriefText.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count and the noun it counts must agree: "1 record", "3 records", never "1 records" or "0
 * paper". A few modifiers may stand between ("1 cited record"). Not counts: years ("2024 record"),
 * citation numbers ("[1] records"), labels such as "Table 1" or "Llama 3", decimals, and anything
 * inside “quotes” or reference entries, which are verbatim.
 */
final class CountAgreement {
  static final String RULE = "count and noun disagree";

  /** Singular and plural of the nouns a brief counts. */
  private static final Map<String, String> NOUNS = new LinkedHashMap<>();

  static {
    for (String regular :
        List.of(
            "record",
            "paper",
            "source",
            "theme",
            "argument",
            "stance",
            "speaker",
            "year",
            "quote",
            "question",
            "objection",
            "response",
            "reference",
            "citation",
            "publication",
            "talk",
            "appearance",
            "item",
            "result",
            "finding",
            "hedge",
            "model",
            "author",
            "preprint",
            "point",
            "line",
            "task",
            "dataset",
            "claim",
            "card",
            "row",
            "page",
            "panelist",
            "panellist",
            "month",
            "day",
            "week",
            "hour",
            "time",
            "word",
            "sentence",
            "section",
            "chart",
            "table",
            "document",
            "abstract",
            "venue",
            "topic",
            "example",
            "experiment",
            "benchmark",
            "side",
            "motion",
            "link",
            "role",
            "affiliation",
            "book",
            "article",
            "report",
            "decade",
            "participant",
            "respondent",
            "researcher",
            "expert",
            "vote",
            "step")) {
      NOUNS.put(regular, regular + "s");
    }
    NOUNS.put("study", "studies");
    NOUNS.put("entry", "entries");
    NOUNS.put("category", "categories");
    NOUNS.put("analysis", "analyses");
    NOUNS.put("person", "people");
  }

  /** Counts written as words, as briefs and abstracts write small ones. */
  static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  /** Words that may stand between a count and its noun. */
  private static final String MODIFIER =
      "(?:[\\p{L}-]+ed|new|more|other|further|additional|key|own|separate|distinct|different"
          + "|recent|older|newer|major|main|relevant|single|previous|earlier|later|full|uncited"
          + "|unlisted|known|strong|strongest|weak|weaker|stronger|open|such)";

  private static final Pattern COUNT;

  static {
    List<String> forms = new ArrayList<>();
    NOUNS.forEach(
        (singular, plural) -> {
          forms.add(plural);
          forms.add(singular);
        });
    forms.sort((a, b) -> b.length() - a.length());
    COUNT =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}\\[.,/#$£€–\\-])(\\d{1,3}(?:,\\d{3})+|\\d+|(?i:"
                + String.join("|", NUMBER_WORDS.keySet())
                + "))(?![\\p{L}\\p{N}%]|[.,]\\d)"
                + "\\s+((?:"
                + MODIFIER
                + "\\s+){0,2})"
                + "(?i:("
                + String.join("|", forms)
                + "))(?![\\p{L}\\p{N}\\-])");
  }

  /** Words that make the number after them a label (section 2, version 3), not a count. */
  private static final Set<String> LABEL_WORDS =
      Set.of(
          "no.",
          "nos.",
          "version",
          "v",
          "episode",
          "chapter",
          "section",
          "table",
          "figure",
          "fig.",
          "page",
          "p.",
          "pp.",
          "vol.",
          "volume",
          "issue",
          "part",
          "step",
          "level",
          "phase",
          "type",
          "class",
          "grade",
          "round",
          "week",
          "day",
          "top",
          "rank",
          "number",
          "wave",
          "study",
          "experiment",
          "question",
          "item",
          "line",
          "row",
          "column",
          "stage",
          "tier");

  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}.'’-]*)\\s+$");

  private CountAgreement() {}

  static List<Violation> check(BriefText brief) {
    List<Violation> found = new ArrayList<>();
    for (Block block : brief.blocks()) {
      if (block.kind() == Kind.REFERENCE) {
        continue;
      }
      String text = BriefText.ownWords(block.text());
      Matcher m = COUNT.matcher(text);
      while (m.find()) {
        String number = m.group(1);
        if (isLabel(text, m.start()) || isYear(number)) {
          continue;
        }
        long count = value(number);
        String noun = m.group(3).toLowerCase(Locale.ROOT);
        boolean plural = NOUNS.containsValue(noun) && !NOUNS.containsKey(noun);
        String wanted = null;
        if (count == 1 && plural) {
          wanted = singularOf(noun);
        } else if (count != 1 && !plural) {
          wanted = NOUNS.get(noun);
        }
        if (wanted != null) {
          found.add(
              new Violation(
                  brief.name(),
                  block.lineAt(m.start()),
                  RULE,
                  "\""
                      + block.text().substring(m.start(), m.end())
                      + "\": "
                      + number
                      + " takes \""
                      + wanted
                      + "\"; in: "
                      + Violation.excerpt(block.text(), m.start(), m.end())));
        }
      }
    }
    return found;
  }

  private static boolean isYear(String number) {
    if (!number.matches("\\d{4}")) {
      return false;
    }
    int n = Integer.parseInt(number);
    return n >= 1800 && n < 2200;
  }

  /**
   * A number right after a label word, or after a capitalised word that does not open the sentence
   * ("Table 1", "Llama 3"), names something rather than counting it.
   */
  private static boolean isLabel(String text, int start) {
    Matcher w = WORD_BEFORE.matcher(text.substring(0, start));
    if (!w.find()) {
      return false;
    }
    String word = w.group(1);
    if (LABEL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String before = text.substring(0, w.start()).strip();
    boolean opensSentence = before.isEmpty() || before.matches("(?s).*[.!?:;(\\n]$");
    return !opensSentence;
  }

  private static long value(String number) {
    Integer word = NUMBER_WORDS.get(number.toLowerCase(Locale.ROOT));
    String digits = number.replace(",", "");
    return word != null ? word : digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static String singularOf(String plural) {
    return NOUNS.entrySet().stream()
        .filter(e -> e.getValue().equals(plural))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }
}

package dev.podium.hygiene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The numbers a paraphrase states and whether its sources state them too. A number is stated when
 * it is a percentage, a multiplier ("3x", "3×", "3-fold"), a decimal, or an integer of two or more
 * digits; single digits are left alone ("two papers", "3 records" are counts of the brief's own).
 * Text in “quotation marks” is verbatim, not paraphrase, and is skipped.
 */
final class NumberClaims {
  enum Kind {
    PERCENT,
    MULTIPLIER,
    DECIMAL,
    INTEGER
  }

  /** A number in a paraphrase: its value as written without thousands separators, and where. */
  record Stated(String value, Kind kind, int start, int end) {}

  private static final Pattern QUOTED = Pattern.compile("“[^“”]*”");
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(\\d+(?:\\.\\d+)?)"
              + "(\\s?(?:%|percent\\b|per cent\\b)|\\s?(?:[x×](?![\\p{L}\\p{N}])|-?fold\\b))?"
              + "(?!\\.\\d|\\d)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

  /** Words after "N%" that say nothing of what N% measures: the unit is the next word. */
  private static final Set<String> NOT_A_UNIT =
      Set.of(
          "to",
          "in",
          "on",
          "of",
          "and",
          "or",
          "for",
          "with",
          "while",
          "than",
          "the",
          "a",
          "an",
          "at",
          "by",
          "from",
          "under",
          "over",
          "across",
          "when",
          "which",
          "that",
          "as",
          "is",
          "are",
          "was",
          "were",
          "compared",
          "respectively",
          "vs",
          "versus",
          "after",
          "before",
          "between",
          "among",
          "into",
          "per",
          "point",
          "points",
          "percentage",
          "but",
          "if",
          "it",
          "its",
          "their",
          "this",
          "these",
          "those",
          "we",
          "our");

  private static final Set<String> MODIFIERS =
      Set.of(
          "higher",
          "lower",
          "more",
          "less",
          "fewer",
          "better",
          "worse",
          "relative",
          "absolute",
          "average",
          "mean",
          "median",
          "overall",
          "top",
          "total",
          "increase",
          "decrease");

  /** How many words either side of "N%" a paraphrase may put the unit. */
  static final int UNIT_REACH = 4;

  private NumberClaims() {}

  /** The numbers a paraphrase states, outside its quotations. */
  static List<Stated> in(String paraphrase) {
    String text = BriefText.blank(paraphrase, QUOTED);
    List<Stated> stated = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(1);
      String suffix = m.group(2) == null ? "" : m.group(2).strip().toLowerCase(Locale.ROOT);
      Kind kind;
      if (suffix.startsWith("%") || suffix.startsWith("per")) {
        kind = Kind.PERCENT;
      } else if (!suffix.isEmpty()) {
        kind = Kind.MULTIPLIER;
      } else if (digits.contains(".")) {
        kind = Kind.DECIMAL;
      } else if (digits.length() >= 2) {
        kind = Kind.INTEGER;
      } else {
        continue;
      }
      stated.add(new Stated(digits, kind, m.start(), m.end()));
    }
    // Thousands separators: "1,000" is one number, not "1" and "000".
    List<Stated> joined = new ArrayList<>();
    Matcher t =
        Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d{1,3}(?:,\\d{3})+(?![\\d]|\\.\\d)").matcher(text);
    while (t.find()) {
      int s = t.start();
      int e = t.end();
      stated.removeIf(n -> n.start() >= s && n.start() < e);
      joined.add(new Stated(t.group().replace(",", ""), Kind.INTEGER, s, e));
    }
    stated.addAll(joined);
    stated.sort(Comparator.comparingInt(Stated::start));
    return stated;
  }

  /** Whether a source text states the number, in the same kind (a percentage as a percentage). */
  static boolean statedIn(Stated number, String source) {
    String text = THOUSANDS.matcher(source).replaceAll("");
    String value = Pattern.quote(number.value());
    String after =
        switch (number.kind()) {
          case PERCENT -> "\\s?(?:%|percent\\b|per cent\\b)";
          case MULTIPLIER -> "\\s?(?:[x×](?![\\p{L}\\p{N}])|-?fold\\b|\\s+times\\b)";
          default -> "(?!\\.\\d|\\d)";
        };
    return Pattern.compile("(?i)(?<![\\p{N}.,])" + value + after).matcher(text).find();
  }

  /**
   * The words that the sources put right after "N%" ("96% accuracy" gives "accuracy"; "58% of
   * questions" gives "questions"), none when a source says what N% is some other way.
   */
  static Set<String> unitsOf(Stated percent, List<String> sources) {
    Set<String> units = new LinkedHashSet<>();
    Pattern p =
        Pattern.compile(
            "(?i)(?<![\\p{N}.,])"
                + Pattern.quote(percent.value())
                + "\\s?(?:%|percent\\b|per cent\\b)((?:\\s+[\\p{L}][\\p{L}'’-]*){1,4})");
    for (String source : sources) {
      Matcher m = p.matcher(THOUSANDS.matcher(source).replaceAll(""));
      while (m.find()) {
        for (String word : m.group(1).strip().split("\\s+")) {
          String w = word.toLowerCase(Locale.ROOT);
          if (MODIFIERS.contains(w) || w.equals("of") || w.equals("the") || w.equals("all")) {
            continue;
          }
          if (!NOT_A_UNIT.contains(w)) {
            units.add(w);
          }
          break;
        }
      }
    }
    return units;
  }

  /**
   * Whether the paraphrase names one of the units within {@link #UNIT_REACH} words of the
   * percentage.
   */
  static boolean keepsUnit(Stated percent, String paraphrase, Set<String> units) {
    if (units.isEmpty()) {
      return true;
    }
    List<String> before = words(paraphrase.substring(0, percent.start()));
    List<String> after = words(paraphrase.substring(percent.end()));
    List<String> near =
        new ArrayList<>(before.subList(Math.max(0, before.size() - UNIT_REACH), before.size()));
    near.addAll(after.subList(0, Math.min(UNIT_REACH, after.size())));
    for (String unit : units) {
      String u = stem(unit);
      for (String word : near) {
        String w = stem(word);
        if (w.equals(u) || sharesRoot(w, u)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sharesRoot(String a, String b) {
    int common = 0;
    while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 5 || (common >= 4 && common == Math.min(a.length(), b.length()));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  static String stem(String word) {
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
    stemmer.stem();
    return stemmer.getCurrent();
  }
}

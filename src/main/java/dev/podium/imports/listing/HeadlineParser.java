package dev.podium.imports.listing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a listing's title line into title, authors and affiliations. The listing glues the first
 * author's name to the end of the title with no separator, so the split is found by reading the end
 * of the line as an author list: the title ends where the longest run of well-formed names begins,
 * and that point must lie inside a word ("…Traps LLMsAdi Simhi"), never at a space. Stateless and
 * thread-safe.
 */
final class HeadlineParser {
  private static final Pattern AFFILIATIONS = Pattern.compile("\\s+·\\s+");
  private static final Pattern ET_AL = Pattern.compile("(?:,\\s*|\\s+)et\\.?\\s+al\\.?$");
  private static final Pattern SEPARATOR =
      Pattern.compile(",\\s+(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+");

  /** What the parser made of a line: a headline, or where and why it failed. */
  record Result(Headline headline, int column, String problem) {
    static Result of(Headline headline) {
      return new Result(headline, 0, null);
    }

    boolean ok() {
      return headline != null;
    }
  }

  private HeadlineParser() {}

  static Result parse(String line) {
    String text = line.strip();
    int dot = -1;
    int afterDot = -1;
    for (Matcher m = AFFILIATIONS.matcher(text); m.find(); ) {
      dot = m.start();
      afterDot = m.end();
    }
    if (dot >= 0) {
      Headline withAffiliations =
          titleAndAuthors(text.substring(0, dot), affiliations(text.substring(afterDot)));
      if (withAffiliations != null) {
        return Result.of(withAffiliations);
      }
    }
    // A title may itself hold a middle dot; then the whole line is title and authors.
    Headline plain = titleAndAuthors(text, List.of());
    if (plain != null) {
      return Result.of(plain);
    }
    return new Result(
        null,
        failureColumn(line, dot >= 0 ? text.substring(0, dot) : text),
        "no author list found at the end of the title line; expected the title glued to names"
            + " such as \"Ada Lovelace, Alan Turing et al.\"");
  }

  private static Headline titleAndAuthors(String text, List<String> affiliations) {
    Matcher etAl = ET_AL.matcher(text);
    boolean cut = etAl.find();
    String body = cut ? text.substring(0, etAl.start()) : text;
    int split = split(body, true);
    if (split < 0) {
      split = split(body, false);
    }
    if (split < 0) {
      return null;
    }
    return new Headline(
        body.substring(0, split).strip(), authors(body.substring(split), false), cut, affiliations);
  }

  /**
   * The leftmost point inside a word where the rest of the text reads as an author list, or -1.
   * Leftmost, because a point further right would cut a name in two ("Mac|Diarmid").
   */
  private static int split(String body, boolean strictFirstName) {
    for (int p = 1; p < body.length(); p++) {
      if (Character.isWhitespace(body.charAt(p - 1))
          || !Character.isUpperCase(body.codePointAt(p))) {
        continue;
      }
      if (!hasTitleText(body.substring(0, p))) {
        continue;
      }
      if (authors(body.substring(p), strictFirstName) != null) {
        return p;
      }
    }
    return -1;
  }

  private static boolean hasTitleText(String title) {
    return title.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The names of an author list, or {@code null} when any part is not a name. */
  private static List<String> authors(String list, boolean strictFirstName) {
    List<String> names = new ArrayList<>();
    for (String part : SEPARATOR.split(list, -1)) {
      if (PersonName.isSuffix(part) && !names.isEmpty()) {
        names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part);
        continue;
      }
      boolean ok =
          names.isEmpty() && strictFirstName
              ? PersonName.isFirstAuthorName(part)
              : PersonName.isName(part);
      if (!ok) {
        return null;
      }
      names.add(part);
    }
    return names;
  }

  private static List<String> affiliations(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * 1-based column of the rightmost comma-separated part that is not a name: where a person would
   * start looking for the problem.
   */
  private static int failureColumn(String line, String authorsPart) {
    int lead = line.length() - line.stripLeading().length();
    String body = ET_AL.matcher(authorsPart).replaceFirst("");
    int end = body.length();
    int comma = body.lastIndexOf(", ", end - 1);
    while (comma >= 0 && PersonName.isName(body.substring(comma + 2, end).strip())) {
      end = comma;
      comma = end == 0 ? -1 : body.lastIndexOf(", ", end - 1);
    }
    int start = comma < 0 ? 0 : comma + 2;
    return 1 + lead + body.codePointCount(0, start);
  }
}

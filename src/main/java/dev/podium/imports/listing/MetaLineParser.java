package dev.podium.imports.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Reads a {@link MetaLine} part by part, so that a problem is reported at the column where it
 * starts and names the part that was expected there. Not thread-safe; use one per line.
 */
final class MetaLineParser {
  private static final String CODE = "Code";

  /** What the parser made of a line: a meta line, or where (0-based) and why it failed. */
  record Result(MetaLine meta, int index, String problem) {
    boolean ok() {
      return meta != null;
    }
  }

  private final String line;
  private final int defaultYear;
  private int pos;

  private MetaLineParser(String line, int defaultYear) {
    this.line = line;
    this.defaultYear = defaultYear;
  }

  /**
   * Parses a meta line.
   *
   * @param defaultYear the year of a date the line gives without one
   */
  static Result parse(String line, int defaultYear) {
    return new MetaLineParser(line.strip(), defaultYear).parse();
  }

  private Result parse() {
    Double score = score();
    int categoryAt = pos;
    String category = take(2, Character::isUpperCase);
    // Three capitals in a row are a longer category, not the capital of the month after it.
    if (category == null
        || (pos + 1 < line.length()
            && Character.isUpperCase(line.charAt(pos))
            && Character.isUpperCase(line.charAt(pos + 1)))) {
      return fail(categoryAt, "expected a two-letter arXiv category such as CL or LG");
    }
    int monthAt = pos;
    Month month = monthAt(pos);
    if (month == null) {
      return fail(monthAt, "expected a month such as May after the category");
    }
    skipLetters();
    if (!skip(" ")) {
      return fail(pos, "expected a space and the day of the month after the month");
    }
    int dayAt = pos;
    String day = take(1, MetaLineParser::isAsciiDigit);
    if (day == null) {
      return fail(dayAt, "expected the day of the month");
    }
    day += digits(1);
    int year = defaultYear;
    boolean yearGiven = false;
    if (skip(",")) {
      skip(" ");
      int yearAt = pos;
      String digits = digits(4);
      if (digits.length() != 4) {
        return fail(yearAt, "expected a four-digit year after the comma");
      }
      year = Integer.parseInt(digits);
      yearGiven = true;
    }
    boolean code = line.startsWith(CODE, pos);
    if (code) {
      pos += CODE.length();
    }
    if (pos < line.length()) {
      return fail(
          pos,
          "unexpected '"
              + line.substring(pos)
              + "' at the end of the line; only Code may follow the date");
    }
    try {
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(day));
      return new Result(new MetaLine(score, category, date, yearGiven, code), 0, null);
    } catch (DateTimeException e) {
      return fail(
          dayAt,
          "no such date: "
              + month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              + " "
              + day
              + ", "
              + year);
    }
  }

  private Double score() {
    int start = pos;
    digits(Integer.MAX_VALUE);
    if (pos > start
        && pos + 1 < line.length()
        && line.charAt(pos) == '.'
        && isAsciiDigit(line.charAt(pos + 1))) {
      pos++;
      digits(Integer.MAX_VALUE);
    }
    return pos > start ? Double.valueOf(line.substring(start, pos)) : null;
  }

  /** The month named at the index by its English abbreviation or full name, else {@code null}. */
  private Month monthAt(int index) {
    int end = index;
    while (end < line.length() && Character.isLetter(line.charAt(end))) {
      end++;
    }
    String word = line.substring(index, end);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (word.length() >= 3
          && full.startsWith(word)
          && (word.length() == 3 || word.equals(full) || word.equals("Sept"))) {
        return m;
      }
    }
    return null;
  }

  private void skipLetters() {
    while (pos < line.length() && Character.isLetter(line.charAt(pos))) {
      pos++;
    }
  }

  private String digits(int max) {
    int start = pos;
    while (pos < line.length() && pos - start < max && isAsciiDigit(line.charAt(pos))) {
      pos++;
    }
    return line.substring(start, pos);
  }

  private String take(int count, java.util.function.IntPredicate kind) {
    if (pos + count > line.length()) {
      return null;
    }
    for (int i = pos; i < pos + count; i++) {
      if (!kind.test(line.charAt(i))) {
        return null;
      }
    }
    String taken = line.substring(pos, pos + count);
    pos += count;
    return taken;
  }

  private boolean skip(String text) {
    if (line.startsWith(text, pos)) {
      pos += text.length();
      return true;
    }
    return false;
  }

  private Result fail(int index, String problem) {
    return new Result(null, index, problem);
  }

  /** Listing numbers are ASCII; other scripts' digits would pass isDigit and then fail to parse. */
  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}

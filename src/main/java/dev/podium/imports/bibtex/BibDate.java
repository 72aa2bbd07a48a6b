package dev.podium.imports.bibtex;

import dev.podium.model.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's date: biblatex's {@code date} (YYYY, YYYY-MM or YYYY-MM-DD), else {@code year} with
 * {@code month} and {@code day} when given. A missing month or day is the first, since a record
 * needs a whole date, and {@link #precision} says how much of it the entry gave.
 */
final class BibDate {
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private BibDate() {}

  /** The date, or {@code null} when the entry has no four-digit year. */
  static LocalDate of(BibEntry entry) {
    Matcher iso = ISO.matcher(entry.raw("date") == null ? "" : entry.raw("date"));
    if (iso.lookingAt()) {
      return date(Integer.parseInt(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
    }
    Matcher year = YEAR.matcher(entry.raw("year") == null ? "" : entry.raw("year"));
    if (!year.find()) {
      return null;
    }
    return date(
        Integer.parseInt(year.group()), month(entry.raw("month")), number(entry.raw("day")));
  }

  /**
   * How much of the date the entry gives: {@code null} for a full date (a record's default), else
   * {@link DatePrecision#YEAR} or {@link DatePrecision#MONTH}. A month or day out of range counts
   * as not given, as in {@link #of}.
   */
  static DatePrecision precision(BibEntry entry) {
    Matcher iso = ISO.matcher(entry.raw("date") == null ? "" : entry.raw("date"));
    int month;
    int day;
    if (iso.lookingAt()) {
      month = number(iso.group(2));
      day = number(iso.group(3));
    } else {
      month = month(entry.raw("month"));
      day = number(entry.raw("day"));
    }
    LocalDate date = of(entry);
    if (date == null || month < 1 || month > 12) {
      return DatePrecision.YEAR;
    }
    return day >= 1 && day == date.getDayOfMonth() ? null : DatePrecision.MONTH;
  }

  /** 1–12 from "5", "05", "may", "May" or "{May}"; 0 when it is none of these. */
  private static int month(String field) {
    if (field == null) {
      return 0;
    }
    String m = field.replaceAll("[{}\\s]", "").toLowerCase(Locale.ROOT);
    if (m.matches("\\d{1,2}")) {
      return Integer.parseInt(m);
    }
    return m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) + 1 : 0;
  }

  private static int number(String field) {
    return field != null && field.strip().matches("\\d{1,2}") ? Integer.parseInt(field.strip()) : 0;
  }

  /** The date, with the month or day that is out of range taken as the first. */
  private static LocalDate date(int year, int month, int day) {
    LocalDate first;
    try {
      first = LocalDate.of(year, month >= 1 && month <= 12 ? month : 1, 1);
    } catch (DateTimeException e) {
      return null;
    }
    return day >= 1 && day <= first.lengthOfMonth() ? first.withDayOfMonth(day) : first;
  }
}

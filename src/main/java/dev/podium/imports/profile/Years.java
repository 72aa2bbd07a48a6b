package dev.podium.imports.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years named in a profile's text, such as the one in "(ICML 2024)". */
final class Years {
  /** A year from 1800 to 2099, as a whole word. */
  static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  private Years() {}

  /** The last year the text names, or {@code null}. */
  static Integer last(String text) {
    Matcher m = YEAR.matcher(text);
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
    }
    return year;
  }
}

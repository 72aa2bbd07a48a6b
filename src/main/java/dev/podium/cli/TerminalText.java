package dev.podium.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text made safe to print on a terminal. Messages quote data (titles, ids, file names), and a
 * control character in data could retitle the window, ring the bell, or hide what follows; a
 * bidirectional override could show text in another order than it is. Each such character is
 * printed as its code, {@code \u001B}, so the reader sees it is there and what it is.
 */
final class TerminalText {
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

  private TerminalText() {}

  static String safe(String text) {
    Matcher m = UNSAFE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    do {
      m.appendReplacement(out, "");
      out.append(String.format("\\u%04X", (int) m.group().charAt(0)));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }
}

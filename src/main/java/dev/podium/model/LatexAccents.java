package dev.podium.model;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves LaTeX accent commands and special letters to Unicode: {@code \"o}, {@code {\"o}}, {@code
 * \'{e}}, {@code \v S}, {@code \'\i} → ö, ö, é, Š, í; {@code \ss}, {@code \o}, {@code \l} → ß, ø,
 * ł. jbibtex's own LaTeX printer drops many of these ({@code \^e}, {@code \l}, {@code \H o}), which
 * would misspell names.
 */
final class LatexAccents {
  private static final String BASE = "([A-Za-z]|\\\\[ij](?![A-Za-z]))";

  /**
   * Symbol accents may touch their letter: \"o; letter accents need braces or a space: \v{s}, \v s.
   */
  static final Pattern SYMBOL_ACCENT =
      Pattern.compile("\\\\([`'^\"~=.])\\s*(?:\\{\\s*" + BASE + "\\s*\\}|" + BASE + ")");

  private static final Pattern LETTER_ACCENT =
      Pattern.compile("\\\\([uvHckrdb])(?:\\s*\\{\\s*" + BASE + "\\s*\\}|\\s+" + BASE + ")");

  /** A control word eats the spaces after it, as in TeX; {} also ends it. */
  private static final Pattern SPECIAL_LETTER =
      Pattern.compile("\\\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])(?:\\{\\}|\\s*)");

  private static final Map<String, String> MARKS =
      Map.ofEntries(
          Map.entry("`", "\u0300"),
          Map.entry("'", "\u0301"),
          Map.entry("^", "\u0302"),
          Map.entry("~", "\u0303"),
          Map.entry("=", "\u0304"),
          Map.entry("u", "\u0306"),
          Map.entry(".", "\u0307"),
          Map.entry("\"", "\u0308"),
          Map.entry("r", "\u030A"),
          Map.entry("H", "\u030B"),
          Map.entry("v", "\u030C"),
          Map.entry("d", "\u0323"),
          Map.entry("c", "\u0327"),
          Map.entry("k", "\u0328"),
          Map.entry("b", "\u0331"));

  static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("ss", "ß"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"));

  private LatexAccents() {}

  /** The text with every accent command and special letter replaced by its character. */
  static String resolve(String latex) {
    String text = accents(latex, SYMBOL_ACCENT);
    text = accents(text, LETTER_ACCENT);
    return SPECIAL_LETTER
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(LETTERS.get(m.group(1))));
  }

  private static String accents(String text, Pattern pattern) {
    return pattern
        .matcher(text)
        .replaceAll(
            m -> {
              String base = m.group(2) != null ? m.group(2) : m.group(3);
              // An accented \i or \j is a plain i or j with the accent: \'\i is í.
              String letter = base.startsWith("\\") ? base.substring(1) : base;
              String accented =
                  Normalizer.normalize(letter + MARKS.get(m.group(1)), Normalizer.Form.NFC);
              return Matcher.quoteReplacement(accented);
            });
  }
}

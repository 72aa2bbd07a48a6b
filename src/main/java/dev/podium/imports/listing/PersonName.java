package dev.podium.imports.listing;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a piece of text is one person's name as publication listings print it: given
 * names, initials ("Philip H. S. Torr"), particles ("Ludwig van Beethoven", "Ahmad bin Ali"),
 * apostrophes ("Denny O'Shea"), hyphens ("Tan Zhi-Xuan"), prefixed capitals ("Monte MacDiarmid"),
 * diacritics and a generational suffix ("Jr."). Stateless and thread-safe.
 */
final class PersonName {
  /** Longer runs are prose, not a name; the longest real names in listings have five parts. */
  private static final int MAX_PARTS = 6;

  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "de", "der", "den", "del", "della", "dello", "di", "da", "dal", "du", "des",
          "dos", "das", "do", "bin", "binti", "ibn", "al", "el", "la", "le", "ter", "ten", "te",
          "zu", "y", "af", "av");

  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  /** A capitalised name part: an upper-case letter, then lower-case letters and accents. */
  private static final String CAPITALISED = "\\p{Lu}\\p{M}*(?:\\p{Ll}\\p{M}*)+";

  /** Surname prefixes that keep a capital inside the word: McDonald, MacDiarmid, LeCun, O'Shea. */
  private static final String PREFIX = "(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Del|Della)";

  /** Straight or typographic, as scraped pages print either. */
  private static final String APOSTROPHE = "['’]";

  private static final String SEGMENT =
      "(?:"
          + PREFIX
          + "?"
          + CAPITALISED
          + "|\\p{Lu}"
          + APOSTROPHE
          + CAPITALISED
          + "|"
          + CAPITALISED
          + APOSTROPHE
          + "\\p{Ll}+"
          + "|(?:d|l|al|el)(?:"
          + APOSTROPHE
          + "|-)"
          + CAPITALISED
          + ")";

  /** A word of a name; after a hyphen a part may be lower case, as in Korean "Jin-woo". */
  private static final Pattern WORD =
      Pattern.compile(SEGMENT + "(?:-(?:" + SEGMENT + "|\\p{Ll}+))*");

  /**
   * The same, without a surname prefix: a given name written "MacJohn" is a title glued to "John".
   */
  private static final Pattern GIVEN_WORD =
      Pattern.compile(
          "(?:"
              + CAPITALISED
              + "|\\p{Lu}"
              + APOSTROPHE
              + CAPITALISED
              + ")(?:-(?:"
              + CAPITALISED
              + "|\\p{Ll}+))*");

  /** A family name in capitals, as some listings print it: "Jean DUPONT", "Ana GARCÍA-LÓPEZ". */
  private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})*");

  /** One or more initials: "H.", "H.S.", "J.-P.", or a bare capital as some listings print it. */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|\\p{Lu}");

  private PersonName() {}

  /** Whether the text, with single spaces between its parts, is one person's name. */
  static boolean isName(String text) {
    return isName(text, false);
  }

  /**
   * Whether the text is a name whose first part is a plain given name or initial. The first author
   * of a listing line is glued to the end of the title, and this stricter form stops a title ending
   * in "Mac" or "De" from being read as part of the name.
   */
  static boolean isFirstAuthorName(String text) {
    return isName(text, true);
  }

  private static boolean isName(String text, boolean strictGiven) {
    if (text.isEmpty() || !text.equals(text.strip()) || text.contains("  ")) {
      return false;
    }
    List<String> parts = List.of(text.split(" "));
    int end = parts.size();
    if (end > 1 && SUFFIXES.contains(parts.get(end - 1))) {
      end--;
    }
    if (end > MAX_PARTS) {
      return false;
    }
    if (end == 1) {
      return isWord(parts.get(0), strictGiven);
    }
    String first = parts.get(0);
    if (!(isWord(first, strictGiven) || isInitials(first))) {
      return false;
    }
    for (int i = 1; i < end - 1; i++) {
      String part = parts.get(i);
      if (!(isWord(part, false) || isInitials(part) || PARTICLES.contains(part))) {
        return false;
      }
    }
    String last = parts.get(end - 1);
    return isWord(last, false) || CAPITALS_WORD.matcher(last).matches();
  }

  private static boolean isWord(String part, boolean given) {
    return (given ? GIVEN_WORD : WORD).matcher(part).matches();
  }

  private static boolean isInitials(String part) {
    return INITIALS.matcher(part).matches();
  }

  /** Whether the text is a generational suffix printed after a comma, as in "King, Jr.". */
  static boolean isSuffix(String text) {
    return SUFFIXES.contains(text);
  }
}

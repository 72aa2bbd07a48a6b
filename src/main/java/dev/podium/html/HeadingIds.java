package dev.podium.html;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives headings ids made from their words, so {@code #anchor} links and tables of contents can
 * point at them: letters and digits in lower case, accents dropped, joined by hyphens, at most
 * {@value #MAX_LENGTH} characters. A word-for-word repeat gets {@code -2}, {@code -3}, … in
 * document order, so the same document always gives the same ids. Not thread-safe.
 */
final class HeadingIds {
  static final int MAX_LENGTH = 60;
  private static final String EMPTY = "section";

  private final Set<String> taken;

  /** Ids to hand out in a page where {@code reserved} are already used (by charts, say). */
  HeadingIds(Set<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  /** The next heading's id, unique among those handed out and the reserved ones. */
  String next(String headingText) {
    String base = slug(headingText);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The words of {@code text} as an id, before it is made unique. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (gap && !slug.isEmpty()) {
          slug.append('-');
        }
        slug.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return slug.isEmpty() ? EMPTY : shorten(slug.toString());
  }

  /** Cuts a long slug at the last hyphen that keeps it within the limit. */
  private static String shorten(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', MAX_LENGTH);
    if (cut <= 0) {
      cut = Character.isHighSurrogate(slug.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
    }
    return slug.substring(0, cut);
  }
}

package dev.podium.imports;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes evidence ids from titles: kebab-case {@code [a-z0-9-]}, taken from the title's main part
 * (before a colon or question mark, as in "Sleeper Agents: …" → {@code sleeper-agents}) and cut at
 * a word to stay short. Not thread-safe: it remembers the ids it has handed out.
 */
public final class Slugs {
  /** Long enough to tell papers apart, short enough to type in themes.yaml. */
  static final int MAX_LENGTH = 60;

  private final Set<String> taken;

  /**
   * @param existing ids already in use, which new ids must not repeat
   */
  public Slugs(Collection<String> existing) {
    this.taken = new HashSet<>(existing);
  }

  /** A new id for the title, unique among the existing ids and those handed out before. */
  public String next(String title) {
    String base = of(title);
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }

  /** The slug of a title, before any suffix that makes it unique. */
  static String of(String title) {
    String main = mainPart(title);
    String slug = kebab(main);
    if (slug.isEmpty()) {
      slug = kebab(title);
    }
    if (slug.isEmpty()) {
      return "paper";
    }
    return shorten(slug);
  }

  /** The title up to its first colon or question mark, when that leaves a real name. */
  private static String mainPart(String title) {
    int cut = -1;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == ':' || c == '?') {
        cut = i;
        break;
      }
    }
    return cut > 0 ? title.substring(0, cut) : title;
  }

  private static String kebab(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    // An apostrophe joins its word ("I'm" → "im"), it does not split it.
    plain = plain.replaceAll("['’]", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String shorten(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', MAX_LENGTH);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
  }
}

package dev.podium.assemble;

import de.undercouch.citeproc.csl.internal.locale.LLocale;
import dev.podium.load.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSL styles and locales shipped in Podium's jar, named by the lists {@code
 * citation-styles.txt} and {@code citation-locales.txt}, and the near matches for a name that is
 * not among them. Thread-safe.
 */
public final class StyleCatalogue {
  private static final StyleCatalogue SHIPPED =
      new StyleCatalogue(list("/citation-styles.txt"), list("/citation-locales.txt"));

  private final List<String> styles;
  private final List<String> locales;
  private final Map<String, CslStyle> parsed = new ConcurrentHashMap<>();

  private StyleCatalogue(List<String> styles, List<String> locales) {
    this.styles = List.copyOf(styles);
    this.locales = List.copyOf(locales);
  }

  /** The styles and locales in this build of Podium. */
  public static StyleCatalogue shipped() {
    return SHIPPED;
  }

  /** The shipped style ids, in the list's order (grouped by citation format). */
  public List<String> styleIds() {
    return styles;
  }

  /** The shipped locale tags, such as {@code de-DE}. */
  public List<String> localeTags() {
    return locales;
  }

  /** The shipped style with this id, or {@code null} when Podium does not ship it. */
  public CslStyle style(String id) {
    if (!styles.contains(id)) {
      return null;
    }
    return parsed.computeIfAbsent(id, k -> CslStyle.parse(k, read("/" + k + ".csl"), this));
  }

  /**
   * The shipped locale a tag names, or {@code null}: a tag in any case with {@code _} or {@code -}
   * ({@code en_gb}), or a bare language ({@code de}), which CSL reads as its primary dialect
   * ({@code de-DE}).
   */
  public String locale(String tag) {
    String wanted = tag.strip().replace('_', '-');
    for (String known : locales) {
      if (known.equalsIgnoreCase(wanted)) {
        return known;
      }
    }
    // CSL's own table of primary dialects, as citeproc applies it when it loads a locale.
    String primary = LLocale.PRIMARY_DIALECTS.get(wanted.toLowerCase(Locale.ROOT));
    return primary != null && locales.contains(primary) ? primary : null;
  }

  /** Shipped styles a mistyped or partial id may have meant, best first; empty if none is near. */
  public List<String> stylesNear(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    List<String> near = new ArrayList<>();
    String typo = Suggestions.closest(wanted, styles);
    if (typo != null) {
      near.add(typo);
    }
    // A family name ("chicago", "harvard") names every style that has it as a word of its id,
    // and an acronym ("mla", "acm") the style whose words it abbreviates.
    for (String candidate : styles) {
      if (!near.contains(candidate)
          && (("-" + candidate + "-").contains("-" + wanted + "-")
              || acronym(candidate).equals(wanted))) {
        near.add(candidate);
      }
    }
    return near.stream().limit(MAX_SUGGESTIONS).toList();
  }

  /** Shipped locales a tag may have meant: the same language's dialects, else the nearest tag. */
  public List<String> localesNear(String tag) {
    String wanted = tag.strip().replace('_', '-');
    String language = wanted.split("-", 2)[0];
    List<String> near =
        locales.stream()
            .filter(l -> l.split("-", 2)[0].equalsIgnoreCase(language))
            .limit(MAX_SUGGESTIONS)
            .toList();
    if (!near.isEmpty()) {
      return near;
    }
    String typo = Suggestions.closest(wanted, locales);
    return typo == null ? List.of() : List.of(typo);
  }

  private static final int MAX_SUGGESTIONS = 5;

  private static final List<String> MINOR_WORDS = List.of("of", "for", "the", "and", "de");

  /**
   * The first letters of an id's words but the minor ones: "modern-language-association" is mla.
   */
  private static String acronym(String id) {
    StringBuilder letters = new StringBuilder();
    for (String word : id.split("-")) {
      if (!word.isEmpty() && !MINOR_WORDS.contains(word)) {
        letters.append(word.charAt(0));
      }
    }
    return letters.toString();
  }

  private static List<String> list(String resource) {
    return read(resource)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static String read(String resource) {
    try (InputStream in = StyleCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

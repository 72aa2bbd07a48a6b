package dev.podium.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every output format Podium writes, in the order a run writes them; the one place a format is
 * registered. {@code --format} takes their ids as a comma-separated list, or {@code all}.
 */
public final class Formats {
  private static final List<Format> ALL =
      List.of(new MarkdownFormat(), new PdfFormat(), new HtmlFormat(), new DocxFormat());

  private Formats() {}

  public static List<Format> all() {
    return ALL;
  }

  /** The format with this id, or {@code null}. */
  public static Format byId(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }

  /** The format whose files end in this extension (".html"), or {@code null}. */
  public static Format byExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> lower.endsWith(f.extension())).findFirst().orElse(null);
  }

  /** The ids, for help, messages and completion. */
  public static List<String> ids() {
    return ALL.stream().map(Format::id).toList();
  }

  /**
   * The formats a list names ("md,pdf", "all", or the older "both" for md and pdf), in registry
   * order; an unknown name is an {@link IllegalArgumentException} that names it.
   */
  public static List<Format> parse(String list) {
    Set<Format> chosen = new LinkedHashSet<>();
    for (String given : list.split(",", -1)) {
      String name = given.strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "all" -> chosen.addAll(ALL);
        case "both" -> {
          chosen.add(byId("md"));
          chosen.add(byId("pdf"));
        }
        default -> {
          Format format = byId(name);
          if (format == null) {
            throw new IllegalArgumentException(name);
          }
          chosen.add(format);
        }
      }
    }
    List<Format> ordered = new ArrayList<>(ALL);
    ordered.retainAll(chosen);
    return ordered;
  }
}

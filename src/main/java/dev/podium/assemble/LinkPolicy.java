package dev.podium.assemble;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Decides which URLs from records may become links: only http, https, mailto and doi. */
public final class LinkPolicy {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "doi");

  private LinkPolicy() {}

  /** The URL when it is safe to link, otherwise {@code null} (the brief then shows no link). */
  public static String safe(String url) {
    if (url == null
        || url.isBlank()
        || url.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
        return null;
      }
      return url;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}

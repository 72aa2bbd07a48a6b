package dev.podium.typeset;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which link destinations become clickable: http, https, mailto and doi. A {@code doi:} target
 * opens through the doi.org resolver, since PDF viewers do not know the scheme.
 */
public final class LinkTargets {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "doi");

  private LinkTargets() {}

  /** The URI the link annotation opens, or {@code null} when the text should not be a link. */
  public static String clickable(String destination) {
    if (destination == null || destination.isBlank()) {
      return null;
    }
    try {
      String scheme = new URI(destination).getScheme();
      if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
        return null;
      }
      if (scheme.equalsIgnoreCase("doi")) {
        return "https://doi.org/" + destination.substring("doi:".length());
      }
      return destination;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}

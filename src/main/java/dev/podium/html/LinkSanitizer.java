package dev.podium.html;

import dev.podium.assemble.LinkPolicy;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link targets a page makes clickable: http, https, mailto and doi, as everywhere in Podium
 * ({@link LinkPolicy}), and anchors within the page ({@code #section}). A {@code doi:} target opens
 * through the doi.org resolver, since browsers do not know the scheme. Any other target gives the
 * empty string, and the link's text then stands without a link.
 */
final class LinkSanitizer implements UrlSanitizer {
  @Override
  public String sanitizeLinkUrl(String url) {
    if (url == null) {
      return "";
    }
    if (url.startsWith("#")) {
      return url.length() > 1 && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>')
          ? url
          : "";
    }
    String safe = LinkPolicy.safe(url);
    if (safe == null) {
      return "";
    }
    return safe.regionMatches(true, 0, "doi:", 0, 4)
        ? "https://doi.org/" + safe.substring(4)
        : safe;
  }

  /** Images never load from a URL: charts are drawn in the page, local images embedded. */
  @Override
  public String sanitizeImageUrl(String url) {
    return "";
  }
}

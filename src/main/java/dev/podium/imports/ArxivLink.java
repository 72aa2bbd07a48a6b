package dev.podium.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the arXiv id from a link to an arXiv abstract or PDF page. */
public final class ArxivLink {
  private static final Pattern PAGE =
      Pattern.compile(
          "(?i)^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/([a-z\\-.]+/\\d{7}|\\d{4}\\.\\d{4,5})(v\\d+)?(?:\\.pdf)?/?$");

  private ArxivLink() {}

  /** "2401.05566" for "https://arxiv.org/abs/2401.05566" or ".../pdf/2401.05566v2"; else null. */
  public static String id(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = PAGE.matcher(url.strip());
    return m.matches() ? m.group(1) : null;
  }
}

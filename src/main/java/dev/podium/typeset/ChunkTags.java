package dev.podium.typeset;

/**
 * The generic tag of a chunk as a list of space-separated tokens: a chunk has one tag, but both the
 * outline (headings) and the link annotations need to find their chunks when OpenPDF places them.
 */
final class ChunkTags {
  private ChunkTags() {}

  /** The tag carrying both tokens; either may be null. */
  static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + " " + second;
  }

  /** The token of {@code tag} that starts with {@code prefix}, or null. */
  static String find(String tag, String prefix) {
    if (tag == null) {
      return null;
    }
    for (String token : tag.split(" ")) {
      if (token.startsWith(prefix)) {
        return token;
      }
    }
    return null;
  }
}

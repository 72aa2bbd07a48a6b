package dev.podium.model;

/**
 * An author as a record stores it, a BibTeX name: "First von Last", "von Last, Jr, First", or
 * "{Barnes and Noble}" for a name that must not be split (an organisation). Citations parse it with
 * citeproc; this class gives only the form a reader sees in running text.
 */
public final class AuthorName {
  private AuthorName() {}

  /**
   * "Barnes and Noble" for "{Barnes and Noble}", "Martin King Jr" for "King, Jr, Martin"; any other
   * name as written.
   */
  public static String shown(String stored) {
    String name = stored.strip();
    if (wholeBraced(name)) {
      return name.substring(1, name.length() - 1).strip();
    }
    String[] parts = name.split(",", -1);
    // Two parts are left as written: a listing writes "Martin Luther King, Jr." that way.
    String joined = parts.length == 3 ? parts[2] + " " + parts[0] + " " + parts[1] : name;
    return joined.replaceAll("\\s+", " ").strip();
  }

  /** True when the name is one brace group, "{...}", as BibTeX writes a name kept whole. */
  public static boolean wholeBraced(String name) {
    if (!name.startsWith("{") || !name.endsWith("}")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0 && i < name.length() - 1) {
        return false;
      }
    }
    return depth == 0;
  }
}

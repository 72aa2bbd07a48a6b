package dev.podium.render;

/**
 * Tidies the blank lines that Mustache sections leave behind: runs of blank lines become one, and
 * the text ends with a single newline. Blank lines inside fenced code blocks are kept, since there
 * they are content; elsewhere in Markdown one blank line means the same as several.
 */
final class BlankLines {
  private BlankLines() {}

  static String tidy(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    boolean inFence = false;
    boolean previousBlank = true; // also drops blank lines at the very start
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        inFence = !inFence;
      }
      boolean blank = trimmed.isEmpty();
      if (blank && previousBlank && !inFence) {
        continue;
      }
      out.append(blank && !inFence ? "" : stripTrailing(line)).append('\n');
      previousBlank = blank;
    }
    while (out.length() > 1
        && out.charAt(out.length() - 1) == '\n'
        && out.charAt(out.length() - 2) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Trailing spaces are dropped except the two that make a hard line break. */
  private static String stripTrailing(String line) {
    return line.endsWith("  ") && !line.isBlank()
        ? line.stripTrailing() + "  "
        : line.stripTrailing();
  }
}

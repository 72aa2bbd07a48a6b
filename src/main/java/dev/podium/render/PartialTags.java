package dev.podium.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The partials a template includes, each with its line, read as Mustache reads tags: a
 * set-delimiter tag such as {@code {{=<% %>=}}} changes what opens and closes the tags after it, so
 * {@code <%> partials/card.md %>} is found as well as {@code {{> partials/card.md}}}.
 */
final class PartialTags {
  /** A partial's name and the line of the tag that includes it. */
  record Tag(String name, int line) {}

  private PartialTags() {}

  static List<Tag> in(String text) {
    List<Tag> tags = new ArrayList<>();
    String open = "{{";
    String close = "}}";
    int at = 0;
    while (true) {
      int start = text.indexOf(open, at);
      if (start < 0) {
        return tags;
      }
      int end = text.indexOf(close, start + open.length());
      if (end < 0) {
        return tags;
      }
      String body = text.substring(start + open.length(), end).strip();
      at = end + close.length();
      if (body.startsWith("=") && body.endsWith("=") && body.length() > 2) {
        String[] delimiters = body.substring(1, body.length() - 1).strip().split("\\s+");
        if (delimiters.length == 2) {
          open = delimiters[0];
          close = delimiters[1];
        }
      } else if (body.startsWith(">")) {
        String name = body.substring(1).strip();
        if (!name.isEmpty() && name.chars().noneMatch(Character::isWhitespace)) {
          tags.add(new Tag(name, lineOf(text, start)));
        }
      }
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}

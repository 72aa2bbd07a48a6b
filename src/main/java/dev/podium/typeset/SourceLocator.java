package dev.podium.typeset;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Finds where a node, or one character of its text, stands in the Markdown source, so that messages
 * can point at a line and column.
 */
final class SourceLocator {
  /** A 1-based place in the Markdown. */
  record Place(int line, int column) {}

  private final List<String> lines;

  SourceLocator(String markdown) {
    this.lines = markdown.lines().toList();
  }

  /** Where the node starts, or its nearest ancestor with a known place; else line 1. */
  Place of(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return new Place(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
      }
    }
    return new Place(1, 1);
  }

  /**
   * Where the character at {@code index} of {@code text} (the node's literal) stands. Escapes make
   * the literal differ from the source, so the character is found as the same occurrence of that
   * character in the node's source spans.
   */
  Place of(Node node, String text, int index) {
    int codePoint = text.codePointAt(index);
    String character = Character.toString(codePoint);
    int earlier = count(text.substring(0, index), codePoint);
    for (SourceSpan span : node.getSourceSpans()) {
      String source = sourceOf(span);
      for (int at = source.indexOf(character); at >= 0; at = source.indexOf(character, at + 1)) {
        if (earlier == 0) {
          return new Place(span.getLineIndex() + 1, span.getColumnIndex() + at + 1);
        }
        earlier--;
      }
    }
    return of(node);
  }

  private String sourceOf(SourceSpan span) {
    if (span.getLineIndex() >= lines.size()) {
      return "";
    }
    String line = lines.get(span.getLineIndex());
    int from = Math.min(span.getColumnIndex(), line.length());
    return line.substring(from, Math.min(line.length(), from + span.getLength()));
  }

  private static int count(String s, int codePoint) {
    return (int) s.codePoints().filter(c -> c == codePoint).count();
  }
}

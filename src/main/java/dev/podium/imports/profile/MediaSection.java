package dev.podium.imports.profile;

import dev.podium.judge.Sentences;
import dev.podium.model.Persona.Appearance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Reads a profile's media section: the names set in italics are appearances (keynotes, panels,
 * workshops, talks), and the prose that names none is the media summary.
 */
final class MediaSection {
  private static final Pattern IN_PARENS = Pattern.compile("^\\(([^)]*)\\)");
  private static final Pattern AT_PLACE = Pattern.compile("^at\\s+([^,.;()]+)");
  private static final Pattern ROLE_WORD =
      Pattern.compile("(?i)co-?organi[sz]|recorded talk|keynote|panel|talk");

  private MediaSection() {}

  /**
   * Each italic name is an appearance; "(event year, place)" or "(place)" or "at place" right after
   * it says where. The role is the nearest word before it, outside other names, that names one
   * ("keynote", "panel", "co-organised", "recorded talk").
   */
  static List<Appearance> appearances(List<Node> blocks) {
    List<Appearance> appearances = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    AbstractVisitor visitor =
        new AbstractVisitor() {
          @Override
          public void visit(Emphasis name) {
            appearance(name, before.toString()).ifPresent(appearances::add);
            before.append(' ');
          }

          @Override
          public void visit(Text text) {
            before.append(text.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            before.append(' ');
          }

          @Override
          public void visit(Paragraph paragraph) {
            before.append('\n');
            visitChildren(paragraph);
          }
        };
    blocks.forEach(block -> block.accept(visitor));
    return appearances;
  }

  private static Optional<Appearance> appearance(Emphasis name, String before) {
    String title = MarkdownText.plain(name);
    if (!MarkdownText.hasText(title)) {
      return Optional.empty();
    }
    String after = MarkdownText.plainRun(name.getNext(), nextName(name));
    String event = null;
    String place = null;
    String where = "";
    Matcher parens = IN_PARENS.matcher(after);
    Matcher at = AT_PLACE.matcher(after);
    if (parens.find()) {
      where = parens.group(1);
      String[] parts = where.split(",\\s*", 2);
      if (Years.YEAR.matcher(parts[0]).find()) {
        event = MarkdownText.textOrNull(parts[0]);
        place = parts.length > 1 ? MarkdownText.textOrNull(parts[1]) : null;
      } else {
        place = MarkdownText.textOrNull(where);
      }
    } else if (at.find()) {
      where = at.group(1);
      place = MarkdownText.textOrNull(where);
    }
    Integer year = Years.last(title + " " + where);
    return Optional.of(new Appearance(title, role(before), event, place, year));
  }

  /** The next italic name among the node's siblings, or {@code null}. */
  private static Node nextName(Node node) {
    Node next = node.getNext();
    while (next != null && !(next instanceof Emphasis)) {
      next = next.getNext();
    }
    return next;
  }

  private static String role(String before) {
    Matcher m = ROLE_WORD.matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group().toLowerCase(Locale.ROOT);
    }
    if (last == null) {
      return "appearance";
    }
    if (last.startsWith("co")) {
      return "co-organiser";
    }
    return switch (last) {
      case "keynote", "panel" -> "keynote or panel";
      case "recorded talk" -> "recorded talk";
      default -> last;
    };
  }

  /**
   * The sentences of the section's paragraphs that name no appearance and do not lead into a list,
   * or {@code null} when none is left.
   */
  static String summary(List<Node> blocks) {
    List<String> kept = new ArrayList<>();
    for (Paragraph paragraph : MarkdownText.paragraphs(blocks)) {
      Marked marked = Marked.of(paragraph);
      int from = 0;
      for (String sentence : Sentences.of(marked.text())) {
        int start = marked.text().indexOf(sentence, from);
        from = start + sentence.length();
        String plain = MarkdownText.normalise(sentence);
        boolean leadsIntoList = plain.endsWith(":");
        if (!marked.namesWithin(start, from) && !leadsIntoList && MarkdownText.hasText(plain)) {
          kept.add(plain);
        }
      }
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }

  /** A paragraph's plain text and where in it the italic names are. */
  private record Marked(String text, List<int[]> names) {
    static Marked of(Paragraph paragraph) {
      StringBuilder text = new StringBuilder();
      List<int[]> names = new ArrayList<>();
      paragraph.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Emphasis name) {
              int start = text.length();
              visitChildren(name);
              names.add(new int[] {start, text.length()});
            }

            @Override
            public void visit(Text literal) {
              text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
              text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
              text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
              text.append(' ');
            }
          });
      return new Marked(text.toString(), names);
    }

    boolean namesWithin(int start, int end) {
      return names.stream().anyMatch(n -> n[0] < end && n[1] > start);
    }
  }
}

package dev.podium.hygiene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown brief as its reader sees it: blocks of plain text (markup gone, escapes resolved),
 * each character traced to the line it came from, and the link and image targets apart. A paragraph
 * that opens with a plain {@code [n]} (not in bold or italics) is a reference entry; what follows
 * the document's last {@code ---} is the footer; sections are counted at each heading of level 1 or
 * 2, so that a panel's speaker sections can be told apart. Not thread-safe; immutable once read.
 */
final class BriefText {
  /** Where a block of text sits in the brief. */
  enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE,
    TABLE_CELL,
    IMAGE_ALT,
    REFERENCE,
    FOOTER
  }

  /**
   * A block of plain text. {@code lines[i]} is the 1-based line of character {@code i}; {@code
   * labels} are lead-in spans such as a bold "Objection:" or a card number "1.", and {@code strong}
   * the spans set in bold, each as {start, end}. A hard line break is a newline in {@code text}.
   */
  record Block(
      Kind kind, int section, String text, int[] lines, List<int[]> labels, List<int[]> strong) {
    int lineAt(int offset) {
      if (lines.length == 0) {
        return 0;
      }
      return lines[Math.max(0, Math.min(offset, lines.length - 1))];
    }

    /** Paragraphs, list items and block quotes: the brief's running text. */
    boolean running() {
      return kind == Kind.PARAGRAPH || kind == Kind.LIST_ITEM || kind == Kind.QUOTE;
    }
  }

  /** A link or image target as written. */
  record Target(String target, boolean image, int line) {}

  private static final Pattern REFERENCE_ENTRY = Pattern.compile("^\\[\\d+]\\s");
  private static final Pattern LABEL = Pattern.compile("(?s).{1,60}:|\\d+\\.");
  private static final Pattern QUOTED = Pattern.compile("“[^“”]*”");

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final String name;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();
  private final List<String> sectionTitles = new ArrayList<>();
  private int section;

  private BriefText(String name) {
    this.name = name;
    sectionTitles.add("(before the first heading)");
  }

  /**
   * Reads every {@code *.md} below a folder, in path order; names are relative to the folder's
   * parent.
   */
  static List<BriefText> readAll(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      Path base = folder.toAbsolutePath().getParent();
      List<BriefText> briefs = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String name = base.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        briefs.add(of(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
      return briefs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses Markdown given as text; {@code name} is what messages call the file. */
  static BriefText of(String name, String markdown) {
    BriefText brief = new BriefText(name);
    Document document = (Document) PARSER.parse(markdown);
    Node footerBreak = null;
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ThematicBreak) {
        footerBreak = n;
      } else if (n instanceof Heading) {
        footerBreak = null;
      }
    }
    boolean inFooter = false;
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n == footerBreak) {
        inFooter = true;
      }
      brief.block(n, inFooter ? Kind.FOOTER : null, 1);
    }
    return brief;
  }

  String name() {
    return name;
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Target> targets() {
    return targets;
  }

  String sectionTitle(int section) {
    return sectionTitles.get(section);
  }

  /**
   * The text with every “quoted span” blanked to spaces, offsets kept: what the brief says in its
   * own words.
   */
  static String ownWords(String text) {
    return blank(text, QUOTED);
  }

  /** The text with every match blanked to spaces, offsets kept. */
  static String blank(String text, Pattern pattern) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  private void block(Node node, Kind context, int parentLine) {
    int line = lineOf(node, parentLine);
    switch (node) {
      case Heading h -> {
        Collected c = inlines(h, line);
        if (h.getLevel() <= 2 && context != Kind.FOOTER) {
          section++;
          sectionTitles.add(c.text.toString().strip());
        }
        add(context == Kind.FOOTER ? Kind.FOOTER : Kind.HEADING, c);
      }
      case Paragraph p -> {
        Collected c = inlines(p, line);
        Kind kind = context != null ? context : Kind.PARAGRAPH;
        if (kind == Kind.PARAGRAPH
            && !c.opensEmphasised
            && REFERENCE_ENTRY.matcher(c.text).find()) {
          kind = Kind.REFERENCE;
        }
        add(kind, c);
      }
      case BlockQuote q -> children(q, context == Kind.FOOTER ? Kind.FOOTER : Kind.QUOTE, line);
      case ListItem item ->
          children(
              item, context == null || context == Kind.PARAGRAPH ? Kind.LIST_ITEM : context, line);
      case TableCell cell ->
          add(context == Kind.FOOTER ? Kind.FOOTER : Kind.TABLE_CELL, inlines(cell, line));
      case FencedCodeBlock code -> literal(code.getLiteral(), context, line);
      case IndentedCodeBlock code -> literal(code.getLiteral(), context, line);
      case HtmlBlock html -> literal(html.getLiteral(), context, line);
      case ThematicBreak ignored -> {}
      default -> children(node, context, line);
    }
  }

  private void children(Node parent, Kind context, int line) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      block(n, context, line);
    }
  }

  private void literal(String text, Kind context, int line) {
    Collected c = new Collected();
    int l = line;
    for (char ch : text.toCharArray()) {
      c.append(String.valueOf(ch), l);
      if (ch == '\n') {
        l++;
      }
    }
    add(context != null ? context : Kind.PARAGRAPH, c);
  }

  private void add(Kind kind, Collected c) {
    if (c.text.isEmpty() && kind != Kind.IMAGE_ALT) {
      for (Collected alt : c.images) {
        add(kind == Kind.FOOTER ? Kind.FOOTER : Kind.IMAGE_ALT, alt);
      }
      return;
    }
    blocks.add(
        new Block(
            kind,
            section,
            c.text.toString(),
            c.lineArray(),
            List.copyOf(c.labels),
            List.copyOf(c.strong)));
    for (Collected alt : c.images) {
      blocks.add(
          new Block(
              kind == Kind.FOOTER ? Kind.FOOTER : Kind.IMAGE_ALT,
              section,
              alt.text.toString(),
              alt.lineArray(),
              List.of(),
              List.of()));
    }
  }

  /** Plain text gathered from inline nodes, with the alt text of images kept apart. */
  private static final class Collected {
    final StringBuilder text = new StringBuilder();
    final List<Integer> lines = new ArrayList<>();
    final List<int[]> labels = new ArrayList<>();
    final List<int[]> strong = new ArrayList<>();
    final List<Collected> images = new ArrayList<>();
    boolean opensEmphasised;

    void append(String s, int line) {
      text.append(s);
      for (int i = 0; i < s.length(); i++) {
        lines.add(line);
      }
    }

    boolean atLineStart() {
      return text.isEmpty() || text.charAt(text.length() - 1) == '\n' || text.toString().isBlank();
    }

    int[] lineArray() {
      return lines.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private Collected inlines(Node block, int line) {
    Collected c = new Collected();
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      inline(n, c, line);
    }
    return c;
  }

  private void inline(Node node, Collected c, int parentLine) {
    int line = lineOf(node, parentLine);
    switch (node) {
      case Text t -> c.append(t.getLiteral(), line);
      case Code code -> c.append("`" + code.getLiteral() + "`", line);
      case SoftLineBreak ignored -> c.append(" ", line);
      case HardLineBreak ignored -> c.append("\n", line);
      case HtmlInline html -> c.append(html.getLiteral(), line);
      case Emphasis e -> emphasis(e, c, line);
      case StrongEmphasis e -> {
        int start = c.text.length();
        emphasis(e, c, line);
        c.strong.add(new int[] {start, c.text.length()});
      }
      case Image image -> {
        targets.add(new Target(image.getDestination(), true, line));
        Collected alt = new Collected();
        for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
          inline(n, alt, line);
        }
        c.images.add(alt);
      }
      case Link link -> {
        targets.add(new Target(link.getDestination(), false, line));
        for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
          inline(n, c, line);
        }
      }
      default -> {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
          inline(n, c, line);
        }
      }
    }
  }

  /** Emphasis at the start of a line that ends in a colon, or is a card number, is a label. */
  private void emphasis(Node e, Collected c, int line) {
    boolean lead = c.atLineStart();
    int start = c.text.length();
    if (start == 0) {
      c.opensEmphasised = true;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNext()) {
      inline(n, c, line);
    }
    if (lead && LABEL.matcher(c.text.substring(start).strip()).matches()) {
      c.labels.add(new int[] {start, c.text.length()});
    }
  }

  private static int lineOf(Node node, int fallback) {
    var spans = node.getSourceSpans();
    return spans == null || spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
  }
}

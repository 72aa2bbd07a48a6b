package dev.podium.imports.profile;

import dev.podium.imports.profile.MarkdownText.WebLink;
import dev.podium.model.Persona.Link;
import dev.podium.model.Persona.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Reads the numbered items of a profile's overview sections. An item whose bold labels are quoted
 * titles names papers: each is a key paper, and its sub-items' links ("arXiv: [...](...)") are
 * their addresses. Any other item with a bold label is a link, with the sentence after the dash as
 * its note.
 */
final class NumberedItems {
  private static final Pattern QUOTED_TITLE = Pattern.compile("^[“\"](.+?)[”\"]");
  private static final Pattern DASH = Pattern.compile("^[–—-]\\s*");

  private final Map<String, Link> links;
  private final List<Publication> keyPapers;

  private NumberedItems(Map<String, Link> links, List<Publication> keyPapers) {
    this.links = links;
    this.keyPapers = keyPapers;
  }

  /** Adds the papers the items name to {@code keyPapers}, and the other links to {@code links}. */
  static void read(List<ListItem> items, Map<String, Link> links, List<Publication> keyPapers) {
    NumberedItems reader = new NumberedItems(links, keyPapers);
    items.forEach(reader::item);
  }

  /** A link of a sub-item, with the words before it ("arXiv", "Project page") when it has them. */
  private record SubLink(String prefix, WebLink link) {}

  private void item(ListItem item) {
    if (!(item.getFirstChild() instanceof Paragraph label)) {
      return;
    }
    List<StrongEmphasis> bold = new ArrayList<>();
    for (Node node = label.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof StrongEmphasis strong) {
        bold.add(strong);
      }
    }
    if (bold.isEmpty()) {
      return;
    }
    List<Publication> papers = new ArrayList<>();
    for (StrongEmphasis strong : bold) {
      Matcher quoted = QUOTED_TITLE.matcher(MarkdownText.plain(strong));
      if (quoted.find()) {
        String title = MarkdownText.normalise(quoted.group(1));
        // The year is in the parentheses after the quoted title: "“Title” (Anthropic, 2024)".
        Integer year = Years.last(MarkdownText.plain(strong).substring(quoted.end()));
        papers.add(new Publication(title, year, null, null));
      }
    }
    if (!papers.isEmpty()) {
      papers(papers.stream().filter(p -> MarkdownText.hasText(p.title())).toList(), item);
    } else {
      link(bold.get(0), item);
    }
  }

  /**
   * One paper takes its arXiv link, else its first link, and files the other labelled links under
   * its title. Several papers take their sub-items' links in order when there is one for each;
   * otherwise no paper can be told its link, and the links are filed under all of them.
   */
  private void papers(List<Publication> papers, ListItem item) {
    if (papers.isEmpty()) {
      return;
    }
    List<SubLink> subLinks = subLinks(item);
    if (papers.size() == 1) {
      List<WebLink> found = MarkdownText.links(item);
      String url =
          found.stream()
              .map(WebLink::url)
              .filter(u -> u.contains("arxiv.org"))
              .findFirst()
              .orElse(found.isEmpty() ? null : found.get(0).url());
      Publication paper = papers.get(0);
      keyPapers.add(new Publication(paper.title(), paper.year(), url, null));
      fileLinks(subLinks, url, paper.title());
      return;
    }
    boolean onePerPaper = subLinks.size() == papers.size();
    for (int i = 0; i < papers.size(); i++) {
      Publication paper = papers.get(i);
      String url = onePerPaper ? subLinks.get(i).link().url() : null;
      keyPapers.add(new Publication(paper.title(), paper.year(), url, null));
    }
    if (!onePerPaper) {
      List<String> titles = papers.stream().map(Publication::title).toList();
      fileLinks(subLinks, null, String.join(" and ", titles));
    }
  }

  private void fileLinks(List<SubLink> subLinks, String paperUrl, String title) {
    for (SubLink sub : subLinks) {
      String url = sub.link().url();
      if (sub.prefix() != null && !url.equals(paperUrl)) {
        links.putIfAbsent(url, new Link(sub.prefix() + ": " + title, url, null));
      }
    }
  }

  /** The first link of each sub-item of the item, in order. */
  private static List<SubLink> subLinks(ListItem item) {
    List<SubLink> found = new ArrayList<>();
    for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
      if (!(block instanceof BulletList list)) {
        continue;
      }
      for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
        List<WebLink> inSub = MarkdownText.links(sub);
        if (!inSub.isEmpty()) {
          found.add(new SubLink(prefix(sub), inSub.get(0)));
        }
      }
    }
    return found;
  }

  /** "arXiv" for a sub-item "arXiv: [link](...)": the words before its link, ending in a colon. */
  private static String prefix(Node sub) {
    if (!(sub.getFirstChild() instanceof Paragraph paragraph)) {
      return null;
    }
    Node link = paragraph.getFirstChild();
    while (link != null && !(link instanceof org.commonmark.node.Link)) {
      link = link.getNext();
    }
    String before = MarkdownText.plainRun(paragraph.getFirstChild(), link);
    return before.endsWith(":") && before.length() > 1
        ? MarkdownText.textOrNull(before.substring(0, before.length() - 1))
        : null;
  }

  /** A link labelled by the bold text, with the sentence after the dash as its note. */
  private void link(StrongEmphasis label, ListItem item) {
    List<WebLink> found = MarkdownText.links(item);
    if (found.isEmpty()) {
      return;
    }
    Matcher dash = DASH.matcher(MarkdownText.plainRun(label.getNext(), null));
    String note = null;
    if (dash.find()) {
      note = capitalise(MarkdownText.textOrNull(dash.replaceFirst("")));
    }
    String url = found.get(0).url();
    String text = ProfileParser.stripQuotes(MarkdownText.plain(label));
    links.putIfAbsent(url, ProfileParser.link(text, url, note));
  }

  private static String capitalise(String text) {
    return text == null ? null : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}

package dev.podium.imports.profile;

import dev.podium.imports.profile.MarkdownText.WebLink;
import dev.podium.model.Persona;
import dev.podium.model.Persona.Link;
import dev.podium.model.Persona.MediaItem;
import dev.podium.model.Persona.Pronouns;
import dev.podium.model.Persona.Publication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads a Markdown speaker profile into a {@link Persona}, with the papers it names as selected
 * publications and key papers. The Markdown is read through commonmark's tree, so links, emphasis
 * and lists mean what they mean to any Markdown reader. Sections are found by words in their
 * headings, in any order, and a missing section just leaves its fields empty.
 */
public final class ProfileParser {
  /**
   * Titles a profile may put before the name; kept apart so that papers are matched on the name.
   */
  private static final Set<String> HONORIFICS =
      Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame");

  private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
  private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

  private ProfileParser() {}

  /** The persona, or {@code null} when the text has no {@code # } title with a name in it. */
  public static Persona parse(String personaId, String markdown) {
    // Exporters put non-breaking spaces where a regular one is meant; patterns expect the latter.
    // Control characters mean nothing in Markdown and would only reach persona.yaml as escapes.
    String text =
        CONTROLS.matcher(markdown.replace('\u00A0', ' ').replace('\u202F', ' ')).replaceAll("");
    ProfileDocument doc = ProfileDocument.parse(text);
    if (doc == null) {
      return null;
    }
    String[] title = splitHonorific(MarkdownText.plain(doc.title()));
    if (!MarkdownText.hasText(title[1])) {
      return null;
    }
    List<Node> about = doc.blocksOf("about", "biography", "bio");
    Map<String, Link> links = new LinkedHashMap<>();
    MarkdownText.paragraphs(about).forEach(p -> addLinks(MarkdownText.links(p), links));
    List<Publication> keyPapers = new ArrayList<>();
    NumberedItems.read(
        MarkdownText.numberedItems(
            doc.blocksOf("profile", "overview", "resources", "links", "papers")),
        links,
        keyPapers);
    List<Node> media = doc.blocksOf("media experience", "appearances", "speaking", "talks");
    return new Persona(
        personaId,
        title[1],
        title[0],
        headline(doc.preamble()),
        pronouns(text),
        List.of(title[1]),
        List.of(),
        List.of(),
        plainParagraphs(about),
        List.of(),
        plainBullets(doc.blocksOf("expertise")),
        publications(doc.blocksOf("publications")),
        keyPapers,
        MediaSection.appearances(media),
        MediaSection.summary(media),
        mediaItems(doc.blocksOf("media work", "press", "media coverage", "in the media")),
        List.copyOf(links.values()),
        plainBullets(doc.blocksOf("core themes", "themes")),
        null);
  }

  /** {honorific or null, name}. */
  private static String[] splitHonorific(String title) {
    String[] words = title.split(" ", 2);
    String first = words[0].replace(".", "").toLowerCase(Locale.ROOT);
    if (words.length == 2 && HONORIFICS.contains(first)) {
      return new String[] {words[0], words[1].strip()};
    }
    return new String[] {null, title};
  }

  private static String headline(List<Node> preamble) {
    List<String> paragraphs = plainParagraphs(preamble);
    return paragraphs.isEmpty() ? null : paragraphs.get(0);
  }

  /** Paragraphs as plain text; one of only markup ("**", "[]()") says nothing and is left out. */
  private static List<String> plainParagraphs(List<Node> blocks) {
    return MarkdownText.paragraphs(blocks).stream()
        .map(MarkdownText::plain)
        .filter(MarkdownText::hasText)
        .toList();
  }

  /**
   * He/him/his or she/her/hers when the text uses only one set, else none (the brief says they).
   */
  static Pronouns pronouns(String text) {
    int he = count(text, "\\b(?i:he|him|his|himself)\\b");
    int she = count(text, "\\b(?i:she|her|hers|herself)\\b");
    if (he > 0 && she == 0) {
      return new Pronouns("he", "him", "his");
    }
    if (she > 0 && he == 0) {
      return new Pronouns("she", "her", "her");
    }
    return null;
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }

  /** Each bullet as plain text, its sub-items included, since they finish its sentence. */
  private static List<String> plainBullets(List<Node> blocks) {
    return MarkdownText.bullets(blocks).stream()
        .map(MarkdownText::plain)
        .filter(MarkdownText::hasText)
        .toList();
  }

  /** "[Title (2024)](url)", or a bullet without a link; the year comes from the parentheses. */
  private static List<Publication> publications(List<Node> blocks) {
    List<Publication> publications = new ArrayList<>();
    for (ListItem bullet : MarkdownText.bullets(blocks)) {
      List<WebLink> links = MarkdownText.links(bullet);
      String text = links.isEmpty() ? MarkdownText.plain(bullet) : links.get(0).text();
      String url = links.isEmpty() ? null : links.get(0).url();
      Integer year = null;
      Matcher m = TRAILING_PARENS.matcher(text);
      if (m.matches() && Years.YEAR.matcher(m.group(2)).find()) {
        year = Years.last(m.group(2));
        text = m.group(1);
      }
      String title = stripQuotes(text);
      if (MarkdownText.hasText(title)) {
        publications.add(new Publication(title, year, url, null));
      }
    }
    return publications;
  }

  private static void addLinks(List<WebLink> found, Map<String, Link> links) {
    found.forEach(l -> links.putIfAbsent(l.url(), link(l.text(), l.url(), null)));
  }

  /** A link labelled by its text, or by its address when the text is only white space. */
  static Link link(String label, String url, String note) {
    return new Link(label.isBlank() ? url : label, url, note);
  }

  /**
   * "[Title (Outlet, 2025)](url)"; an item without a title or without an outlet in parentheses is
   * skipped.
   */
  private static List<MediaItem> mediaItems(List<Node> blocks) {
    List<MediaItem> items = new ArrayList<>();
    for (ListItem bullet : MarkdownText.bullets(blocks)) {
      List<WebLink> links = MarkdownText.links(bullet);
      String text = links.isEmpty() ? MarkdownText.plain(bullet) : links.get(0).text();
      Matcher m = TRAILING_PARENS.matcher(text);
      if (!m.matches()) {
        continue;
      }
      String title = m.group(1).strip();
      String outlet =
          Years.YEAR.matcher(m.group(2)).replaceAll("").replaceAll("[,\\s]+$", "").strip();
      if (MarkdownText.hasText(title) && MarkdownText.hasText(outlet)) {
        String url = links.isEmpty() ? null : links.get(0).url();
        items.add(new MediaItem(title, outlet, Years.last(m.group(2)), url));
      }
    }
    return items;
  }

  static String stripQuotes(String text) {
    return text.replaceAll("^[“\"]|[”\"]$", "").strip();
  }
}

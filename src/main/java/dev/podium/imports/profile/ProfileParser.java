package dev.podium.imports.profile;

import dev.podium.judge.Sentences;
import dev.podium.model.Persona;
import dev.podium.model.Persona.Appearance;
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

/**
 * Reads a Markdown speaker profile into a {@link Persona}, with the papers it names as selected
 * publications and key papers. Sections are found by words in their headings, in any order, and a
 * missing section just leaves its fields empty.
 */
public final class ProfileParser {
  /** Titles a profile may put before the name; kept apart so that papers are matched on the name. */
  private static final Set<String> HONORIFICS =
      Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame");

  private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern ITALIC_ITEM =
      Pattern.compile("(?<![\\p{L}\\p{N}])_([^_]+)_(?:\\s*\\(([^)]*)\\)|\\s+at\\s+([^,.;()]+))?");
  private static final Pattern ROLE_WORD =
      Pattern.compile("(?i)co-?organi[sz]|recorded talk|keynote|panel|talk");
  private static final Pattern QUOTED_TITLE = Pattern.compile("^[“\"](.+?)[”\"]");
  private static final Pattern DASH_NOTE = Pattern.compile("\\*\\*\\s*[–—-]\\s*(.+)$", Pattern.MULTILINE);
  private static final Pattern LABEL_BEFORE_LINK = Pattern.compile("^[-*+]?\\s*([^\\[:]+):\\s*\\[");

  private ProfileParser() {}

  /** The persona, or {@code null} when the text has no {@code # } title line with a name in it. */
  public static Persona parse(String personaId, String markdown) {
    // Exporters put non-breaking spaces where a regular one is meant; patterns expect the latter.
    // Control characters mean nothing in Markdown and would only reach persona.yaml as escapes.
    String text = CONTROLS.matcher(markdown.replace('\u00A0', ' ').replace('\u202F', ' ')).replaceAll("");
    ProfileDocument doc = ProfileDocument.parse(text);
    if (doc == null) {
      return null;
    }
    String[] title = splitHonorific(MarkdownText.plain(doc.title()));
    if (title[1].isBlank()) {
      return null;
    }
    List<String> about = doc.linesOf("about", "biography", "bio");
    List<Publication> publications = publications(doc.linesOf("publications"));
    Map<String, Link> links = new LinkedHashMap<>();
    MarkdownText.paragraphs(about).forEach(p -> addLinks(MarkdownText.links(p), links));
    List<Publication> keyPapers = new ArrayList<>();
    for (String item : MarkdownText.numberedItems(doc.linesOf("profile", "overview", "resources", "links", "papers"))) {
      numberedItem(item, links, keyPapers);
    }
    List<String> media = doc.linesOf("media experience", "appearances", "speaking", "talks");
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
        plainBullets(doc.linesOf("expertise")),
        publications,
        keyPapers,
        appearances(media),
        mediaSummary(media),
        mediaItems(doc.linesOf("media work", "press", "media coverage", "in the media")),
        List.copyOf(links.values()),
        plainBullets(doc.linesOf("core themes", "themes")),
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

  private static String headline(List<String> preamble) {
    List<String> paragraphs = plainParagraphs(preamble);
    return paragraphs.isEmpty() ? null : paragraphs.get(0);
  }

  /** Paragraphs as plain text; one that is only markup ("**", "[]()") has no text and is left out. */
  private static List<String> plainParagraphs(List<String> lines) {
    return MarkdownText.paragraphs(lines).stream()
        .map(MarkdownText::plain)
        .filter(s -> !s.isBlank())
        .toList();
  }

  /** He/him/his or she/her/hers when the text uses only one set, else none (the brief says they). */
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

  private static List<String> plainBullets(List<String> lines) {
    return MarkdownText.bullets(lines).stream().map(MarkdownText::plain).filter(s -> !s.isEmpty()).toList();
  }

  /** "[Title (2024)](url)", or a bullet without a link; the year comes from the parentheses. */
  private static List<Publication> publications(List<String> lines) {
    List<Publication> publications = new ArrayList<>();
    for (String bullet : MarkdownText.bullets(lines)) {
      List<MarkdownText.Link> links = MarkdownText.links(bullet);
      String text = links.isEmpty() ? MarkdownText.plain(bullet) : links.get(0).text();
      String url = links.isEmpty() ? null : links.get(0).url();
      Integer year = null;
      Matcher m = TRAILING_PARENS.matcher(text);
      if (m.matches() && YEAR.matcher(m.group(2)).find()) {
        year = lastYear(m.group(2));
        text = m.group(1);
      }
      String title = stripQuotes(text);
      if (!title.isEmpty()) {
        publications.add(new Publication(title, year, url, null));
      }
    }
    return publications;
  }

  /**
   * A numbered item: a paper when its bold label is a quoted title (its arXiv link, else first
   * link, is the paper's URL and other links are kept as links), else a link labelled by the bold
   * text with the sentence after the dash as its note.
   */
  private static void numberedItem(String item, Map<String, Link> links, List<Publication> keyPapers) {
    Matcher bold = Pattern.compile("\\*\\*(.+?)\\*\\*").matcher(item);
    if (!bold.find()) {
      return;
    }
    String label = MarkdownText.normalise(bold.group(1));
    List<MarkdownText.Link> found = MarkdownText.links(item);
    Matcher quoted = QUOTED_TITLE.matcher(label);
    if (quoted.find()) {
      String title = MarkdownText.normalise(quoted.group(1));
      if (title.isEmpty()) {
        return;
      }
      String paperUrl =
          found.stream().map(MarkdownText.Link::url).filter(u -> u.contains("arxiv.org")).findFirst()
              .orElse(found.isEmpty() ? null : found.get(0).url());
      // The year is in the parentheses after the quoted title: "“Title” (Anthropic, 2024)".
      keyPapers.add(new Publication(title, lastYear(label.substring(quoted.end())), paperUrl, null));
      for (String line : item.split("\n")) {
        Matcher prefix = LABEL_BEFORE_LINK.matcher(line);
        List<MarkdownText.Link> inLine = MarkdownText.links(line);
        if (prefix.find() && !inLine.isEmpty() && !inLine.get(0).url().equals(paperUrl)) {
          String what = MarkdownText.normalise(prefix.group(1));
          links.putIfAbsent(inLine.get(0).url(), new Link(what + ": " + title, inLine.get(0).url(), null));
        }
      }
      return;
    }
    if (found.isEmpty()) {
      return;
    }
    Matcher dash = DASH_NOTE.matcher(item.split("\n")[0]);
    String note = dash.find() ? capitalise(textOrNull(dash.group(1))) : null;
    String url = found.get(0).url();
    links.putIfAbsent(url, link(stripQuotes(label), url, note));
  }

  private static void addLinks(List<MarkdownText.Link> found, Map<String, Link> links) {
    found.forEach(l -> links.putIfAbsent(l.url(), link(l.text(), l.url(), null)));
  }

  /** A link labelled by its text, or by its address when the text is only white space. */
  private static Link link(String label, String url, String note) {
    return new Link(label.isBlank() ? url : label, url, note);
  }

  /**
   * Italic names in the section are appearances; "(event year, place)" or "(place)" or "at place"
   * after one says where. The role is the nearest word before it, outside other names, that
   * names one ("keynote", "panel", "co-organised", "recorded talk").
   */
  private static List<Appearance> appearances(List<String> lines) {
    String text = String.join("\n", lines);
    List<Appearance> appearances = new ArrayList<>();
    Matcher m = ITALIC_ITEM.matcher(text);
    while (m.find()) {
      String title = MarkdownText.normalise(m.group(1));
      if (title.isEmpty()) {
        continue;
      }
      String event = null;
      String place = null;
      if (m.group(2) != null) {
        String[] parts = m.group(2).split(",\\s*", 2);
        if (YEAR.matcher(parts[0]).find()) {
          event = textOrNull(parts[0]);
          place = parts.length > 1 ? textOrNull(parts[1]) : null;
        } else {
          place = textOrNull(m.group(2));
        }
      } else if (m.group(3) != null) {
        place = textOrNull(m.group(3));
      }
      Integer year = lastYear(m.group(0).replace('_', ' '));
      appearances.add(new Appearance(title, role(ITALIC_ITEM.matcher(text.substring(0, m.start())).replaceAll(" ")), event, place, year));
    }
    return appearances;
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

  /** The sentences of the section's prose that are not about a named appearance or lead into a list. */
  private static String mediaSummary(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String paragraph : MarkdownText.paragraphs(lines)) {
      for (String sentence : Sentences.of(paragraph)) {
        String plain = MarkdownText.plain(sentence);
        if (!ITALIC_ITEM.matcher(sentence).find() && !sentence.endsWith(":") && !plain.isBlank()) {
          kept.add(plain);
        }
      }
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }

  /** "[Title (Outlet, 2025)](url)"; an item without a title or without an outlet in parentheses is skipped. */
  private static List<MediaItem> mediaItems(List<String> lines) {
    List<MediaItem> items = new ArrayList<>();
    for (String bullet : MarkdownText.bullets(lines)) {
      List<MarkdownText.Link> links = MarkdownText.links(bullet);
      String text = links.isEmpty() ? MarkdownText.plain(bullet) : links.get(0).text();
      Matcher m = TRAILING_PARENS.matcher(text);
      if (!m.matches()) {
        continue;
      }
      String title = m.group(1).strip();
      String outlet = YEAR.matcher(m.group(2)).replaceAll("").replaceAll("[,\\s]+$", "").strip();
      if (!title.isEmpty() && !outlet.isEmpty()) {
        items.add(new MediaItem(title, outlet, lastYear(m.group(2)), links.isEmpty() ? null : links.get(0).url()));
      }
    }
    return items;
  }

  private static Integer lastYear(String text) {
    Matcher m = YEAR.matcher(text);
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
    }
    return year;
  }

  private static String stripQuotes(String text) {
    return text.replaceAll("^[“\"]|[”\"]$", "").strip();
  }

  /**
   * The plain text, or null when nothing is left of it: persona.yaml reads a blank value as
   * absent, so a blank one would not load back as written.
   */
  private static String textOrNull(String markdown) {
    String plain = markdown == null ? "" : MarkdownText.plain(markdown);
    return plain.isEmpty() ? null : plain;
  }

  private static String capitalise(String text) {
    return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}

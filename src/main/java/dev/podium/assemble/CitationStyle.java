package dev.podium.assemble;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats in-text citations and reference entries in a CSL style with citeproc-java. Numeric
 * styles number records in the order they are registered (first use); author-date styles sort
 * the references as the style says.
 */
public final class CitationStyle {
  /** The styles shipped in Podium's jar; the build includes exactly these files. */
  public static final List<String> OFFERED = List.of("ieee", "apa", "chicago-author-date");

  /** Wraps an index into a title so a formatted entry can be traced back to its record. */
  private static final Pattern MARKER = Pattern.compile("\uE000(\\d+)\uE001");

  private static final Pattern NUMERIC = Pattern.compile("citation-format=\"numeric\"");
  private static final Pattern LEADING_LABEL = Pattern.compile("^\\[\\d+]\\s*");

  private final String id;
  private final boolean numeric;

  private CitationStyle(String id, boolean numeric) {
    this.id = id;
    this.numeric = numeric;
  }

  /** The style with this id, or {@code null} when Podium does not ship it. */
  public static CitationStyle named(String id) {
    if (!OFFERED.contains(id)) {
      return null;
    }
    try (InputStream in = CitationStyle.class.getResourceAsStream("/" + id + ".csl")) {
      if (in == null) {
        return null;
      }
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new CitationStyle(id, NUMERIC.matcher(xml).find());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String id() {
    return id;
  }

  /** True for styles that cite by number, such as IEEE. */
  public boolean numeric() {
    return numeric;
  }

  /**
   * Formats everything the brief cites.
   *
   * @param records every record the brief lists, in first-use order
   * @param groups the citation groups in the brief (each the ids cited together at one place)
   */
  public Formatted format(List<Evidence> records, List<List<String>> groups) {
    List<CSLItemData> items = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      items.add(item(records.get(i), i));
    }
    try {
      CSL csl = processor(items);
      csl.registerCitationItems(records.stream().map(Evidence::id).toList());
      Map<List<String>, String> citations = new LinkedHashMap<>();
      for (List<String> group : groups) {
        citations.computeIfAbsent(group, g -> clean(csl.makeCitation(g).get(0).getText()));
      }
      for (Evidence e : records) {
        citations.computeIfAbsent(List.of(e.id()), g -> clean(csl.makeCitation(g).get(0).getText()));
      }
      return new Formatted(citations, references(csl.makeBibliography().getEntries(), records));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parsing a CSL style takes tens of milliseconds, so each thread keeps one processor per style
   * and hands it the next brief's records; {@link CSL#reset()} clears what the last brief left.
   */
  private CSL processor(List<CSLItemData> items) throws IOException {
    Pooled pooled = POOL.get().get(id);
    if (pooled == null) {
      SwappableItems provider = new SwappableItems();
      CSL csl = new CSL(provider, id);
      pooled = new Pooled(csl, provider);
      POOL.get().put(id, pooled);
    }
    pooled.items().replace(items);
    pooled.csl().reset();
    // reset() also restores the default HTML output.
    pooled.csl().setOutputFormat("text");
    return pooled.csl();
  }

  private static final ThreadLocal<Map<String, Pooled>> POOL =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private record Pooled(CSL csl, SwappableItems items) {}

  /** The records of the brief being formatted, replaced for each brief. */
  private static final class SwappableItems implements de.undercouch.citeproc.ItemDataProvider {
    private Map<String, CSLItemData> items = Map.of();

    void replace(List<CSLItemData> next) {
      Map<String, CSLItemData> byId = new LinkedHashMap<>();
      next.forEach(item -> byId.put(item.getId(), item));
      items = byId;
    }

    @Override
    public CSLItemData retrieveItem(String id) {
      return items.get(id);
    }

    @Override
    public java.util.Collection<String> getIds() {
      return items.keySet();
    }
  }

  /** Reference entries in the style's order, each traced to its record through the title marker. */
  private List<Entry> references(String[] entries, List<Evidence> records) {
    List<Entry> out = new ArrayList<>();
    for (String entry : entries) {
      Matcher m = MARKER.matcher(entry);
      if (!m.find()) {
        throw new IllegalStateException("reference entry without its record marker: " + entry);
      }
      Evidence record = records.get(Integer.parseInt(m.group(1)));
      String text = clean(entry);
      if (numeric) {
        text = LEADING_LABEL.matcher(text).replaceFirst("");
      }
      out.add(new Entry(record.id(), text));
    }
    return out;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String clean(String text) {
    return SPACES.matcher(MARKER.matcher(text).replaceAll("").strip()).replaceAll(" ");
  }

  private static CSLItemData item(Evidence e, int index) {
    CSLItemDataBuilder builder =
        new CSLItemDataBuilder()
            .id(e.id())
            .type(cslType(e.type()))
            .title(ShownText.of(e.title()) + "\uE000" + index + "\uE001")
            .author(names(e));
    // Only as much of the date as the source gave: a year-only date is not "Jan. 01".
    switch (e.precision()) {
      case YEAR -> builder.issued(e.date().getYear());
      case MONTH -> builder.issued(e.date().getYear(), e.date().getMonthValue());
      case DAY -> builder.issued(e.date().getYear(), e.date().getMonthValue(), e.date().getDayOfMonth());
    }
    if (e.container() != null) {
      builder.containerTitle(ShownText.of(e.container()));
    }
    if (e.doi() != null) {
      builder.DOI(e.doi());
    }
    if (e.volume() != null) {
      builder.volume(e.volume());
    }
    if (e.pages() != null) {
      builder.page(e.pages());
    }
    if (e.publisher() != null) {
      builder.publisher(ShownText.of(e.publisher()));
    }
    if (e.arxivId() != null && (e.type() == null || e.type() == ItemType.PREPRINT)) {
      // As citeproc's own BibTeX conversion does: arXiv as publisher, the id as number. Only a
      // record whose data names an arXiv id is printed as an arXiv preprint.
      if (e.publisher() == null) {
        builder.publisher("arXiv");
      }
      builder.genre("Preprint").number(e.arxivId());
    }
    String url = LinkPolicy.safe(e.url());
    if (url != null) {
      builder.URL(url);
    }
    return builder.build();
  }

  /** The CSL type for a record's kind; a record that does not say is a generic article. */
  private static CSLType cslType(ItemType type) {
    if (type == null) {
      return CSLType.ARTICLE;
    }
    return switch (type) {
      case ARTICLE -> CSLType.ARTICLE_JOURNAL;
      case PAPER_CONFERENCE -> CSLType.PAPER_CONFERENCE;
      case PREPRINT -> CSLType.ARTICLE;
      case REPORT -> CSLType.REPORT;
      case CHAPTER -> CSLType.CHAPTER;
      case BOOK -> CSLType.BOOK;
      case THESIS -> CSLType.THESIS;
      case WEBPAGE -> CSLType.WEBPAGE;
    };
  }

  /** All names in one array: citeproc keeps only the last call to author(...). */
  private static CSLName[] names(Evidence e) {
    List<CSLName> names = new ArrayList<>();
    for (String author : e.authors()) {
      names.add(name(author));
    }
    if (e.etAl()) {
      // The listing shows only the first authors; "others" keeps the list honest.
      names.add(new CSLNameBuilder().literal("others").build());
    }
    return names.toArray(CSLName[]::new);
  }

  /**
   * One author as citeproc's BibTeX name parser reads it: "First von Last", "von Last, Jr, First"
   * or "{Barnes and Noble}" for a name that is not split. Text the parser does not read as exactly
   * one name is kept whole, as a literal.
   */
  static CSLName name(String author) {
    String trimmed = author.strip();
    try {
      CSLName[] parsed = NameParser.parse(trimmed);
      if (parsed.length == 1) {
        return parsed[0];
      }
    } catch (RuntimeException e) {
      // The parser rejects some unbalanced braces; the whole text is then the name.
    }
    return new CSLNameBuilder().literal(trimmed).build();
  }

  /** In-text citations by group of ids, and reference entries in the style's order. */
  public record Formatted(Map<List<String>, String> citations, List<Entry> references) {
    public Formatted {
      citations = Map.copyOf(citations);
      references = List.copyOf(references);
    }

    /** The citation for ids cited together. */
    public String cite(List<String> ids) {
      String text = citations.get(ids);
      if (text == null) {
        throw new IllegalArgumentException("not formatted: " + ids);
      }
      return text;
    }
  }

  /** A formatted reference entry and the record it describes. */
  public record Entry(String id, String text) {}
}

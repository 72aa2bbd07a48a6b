package dev.podium.assemble;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import dev.podium.model.Memo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats in-text citations and reference entries in a CSL style and locale with citeproc-java.
 * Numeric styles number records in the order they are registered (first use); author-date styles
 * sort the references as the style says.
 */
public final class CitationStyle {
  /** The style a brief cites in when the user names none. */
  public static final String DEFAULT = "ieee";

  /** CSL's locale when neither the user nor the style names one. */
  public static final String DEFAULT_LOCALE = "en-US";

  private final CslStyle style;
  private final String locale;
  private final LocaleTerms terms;

  /**
   * The authors a source leaves out, with what the style put before them: its delimiter and its
   * "and" (", and others" becomes ", et al.").
   */
  private final Pattern etAl;

  private CitationStyle(CslStyle style, String locale) {
    this.style = style;
    this.locale = locale;
    this.terms = LocaleTerms.of(style.xml(), locale);
    this.etAl =
        Pattern.compile(
            "(\\s*[,;])?\\s*(?:(?:" + Pattern.quote(terms.and()) + "|&)\\s+)?" + OTHERS);
  }

  /**
   * The shipped style with this id in its own default locale, or {@code null} when Podium does not
   * ship it.
   */
  public static CitationStyle named(String id) {
    CslStyle style = StyleCatalogue.shipped().style(id);
    return style == null ? null : of(style, null);
  }

  /**
   * A style in a locale.
   *
   * @param locale a shipped CSL locale tag, or {@code null} for the style's own default locale
   */
  public static CitationStyle of(CslStyle style, String locale) {
    String chosen = locale != null ? locale : style.defaultLocale();
    if (chosen == null || StyleCatalogue.shipped().locale(chosen) == null) {
      // A style may ask for a locale CSL does not have; CSL then falls back to en-US.
      chosen = DEFAULT_LOCALE;
    }
    return STYLES.get(new StyleKey(style, StyleCatalogue.shipped().locale(chosen)));
  }

  /**
   * Reading a style's locale terms costs a brief a millisecond or two, and a server cites in the
   * same few styles all day; one style object serves every brief in its source and locale.
   */
  private static final Memo<StyleKey, CitationStyle> STYLES =
      new Memo<>(64, key -> new CitationStyle(key.style(), key.locale()));

  private record StyleKey(CslStyle style, String locale) {}

  public String id() {
    return style.id();
  }

  /** The CSL locale that terms, dates and punctuation follow, such as {@code en-US}. */
  public String locale() {
    return locale;
  }

  /** True for styles that cite by number, such as IEEE. */
  public boolean numeric() {
    return style.format() == CslStyle.CitationFormat.NUMERIC;
  }

  /**
   * Formats everything the brief cites.
   *
   * @param records every record the brief lists, in first-use order
   * @param groups the citation groups in the brief (each the ids cited together at one place)
   */
  public Formatted format(List<Evidence> records, List<List<String>> groups) {
    return FORMATTED.get(
        new FormatKey(this, List.copyOf(records), groups.stream().map(List::copyOf).toList()));
  }

  /**
   * Formatting is a tenth of a brief, and a server formats the same records in the same style again
   * and again. Styles are shared (see {@link #of}), so the key's style compares by identity; its
   * records compare by every field, so an edited record is formatted afresh.
   */
  private static final Memo<FormatKey, Formatted> FORMATTED =
      new Memo<>(64, key -> key.style().compute(key.records(), key.groups()));

  private record FormatKey(
      CitationStyle style, List<Evidence> records, List<List<String>> groups) {}

  private Formatted compute(List<Evidence> records, List<List<String>> groups) {
    List<CSLItemData> items = new ArrayList<>();
    records.forEach(r -> items.add(item(r)));
    try {
      Pooled pooled = borrow(items);
      Formatted formatted = format(pooled.csl(), records, groups);
      // A processor that failed a brief is dropped, not trusted to the next one.
      giveBack(pooled);
      return formatted;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Formatted format(CSL csl, List<Evidence> records, List<List<String>> groups) {
    csl.registerCitationItems(records.stream().map(Evidence::id).toList());
    Map<List<String>, String> citations = new LinkedHashMap<>();
    for (List<String> group : groups) {
      citations.computeIfAbsent(group, g -> cite(csl, g));
    }
    Map<String, String> labels = new HashMap<>();
    for (Evidence e : records) {
      String single = clean(csl.makeCitation(e.id()).get(0).getText());
      labels.put(e.id(), single);
      citations.computeIfAbsent(List.of(e.id()), g -> shown(single));
    }
    String[] entries = csl.makeBibliography().getEntries();
    List<String> order = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
    return new Formatted(citations, references(entries, order, labels));
  }

  private String cite(CSL csl, List<String> ids) {
    return shown(clean(csl.makeCitation(ids.toArray(String[]::new)).get(0).getText()));
  }

  /** Plain text loses a style's raised citation numbers, so they are set as superscript digits. */
  private String shown(String citation) {
    return style.superscript() ? Superscripts.of(citation) : citation;
  }

  /**
   * Parsing a CSL style takes tens of milliseconds, so processors are kept per style source and
   * locale and handed the next brief's records; {@link CSL#reset()} clears what the last brief
   * left. A processor serves one brief at a time. They are pooled rather than kept per thread: a
   * server runs each command on a new thread, which would parse the style afresh.
   */
  private Pooled borrow(List<CSLItemData> items) throws IOException {
    PoolKey key = new PoolKey(style.xml(), locale);
    Pooled pooled = POOL.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).pollFirst();
    if (pooled == null) {
      SwappableItems provider = new SwappableItems();
      CSL csl = new CSL(provider, new DefaultLocaleProvider(), null, style.xml(), locale);
      pooled = new Pooled(key, csl, provider);
    }
    pooled.items().replace(items);
    pooled.csl().reset();
    // reset() also restores the default HTML output.
    pooled.csl().setOutputFormat("text");
    return pooled;
  }

  /** Ends a {@link #borrow}: the next brief in the style may use the processor. */
  private static void giveBack(Pooled pooled) {
    if (POOL.size() > MOST_POOLED_STYLES) {
      // Many styles tried in one server (a CSL file edited again and again): start over.
      POOL.clear();
    }
    Deque<Pooled> idle = POOL.computeIfAbsent(pooled.key(), k -> new ConcurrentLinkedDeque<>());
    if (idle.size() < MOST_IDLE_PER_STYLE) {
      idle.offerFirst(pooled);
    }
  }

  private static final Map<PoolKey, Deque<Pooled>> POOL = new ConcurrentHashMap<>();

  private static final int MOST_POOLED_STYLES = 16;

  /** More than the cores would rarely format in one style at once. */
  private static final int MOST_IDLE_PER_STYLE = 4;

  /** Two files may share an id, so a processor is kept for the style's source, not its name. */
  private record PoolKey(String xml, String locale) {}

  private record Pooled(PoolKey key, CSL csl, SwappableItems items) {}

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

  /**
   * Reference entries in the style's order: citeproc prints one entry for each registered record,
   * in its sorted order. A numeric style's entry loses the number it starts with ("[3]", "3."),
   * which the brief prints as the record's label.
   */
  private List<Entry> references(String[] entries, List<String> order, Map<String, String> labels) {
    if (entries.length != order.size()) {
      throw new IllegalStateException(
          "style "
              + id()
              + " printed "
              + entries.length
              + " entries for "
              + order.size()
              + " records");
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < entries.length; i++) {
      String id = order.get(i);
      String text = clean(entries[i]);
      if (numeric()) {
        String number = DIGITS.matcher(labels.get(id)).replaceAll("");
        if (!number.isEmpty()) {
          Pattern label = Pattern.compile("^[\\[(]?" + number + "[.)\\]]?\\s*");
          text = label.matcher(text).replaceFirst("");
        }
      }
      out.add(new Entry(id, text));
    }
    return out;
  }

  private static final Pattern DIGITS = Pattern.compile("\\D");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The name that stands for authors a source leaves out. */
  private static final String OTHERS = "\uE000";

  /** "Jr.", "Sr." or a generation number after a name written without commas. */
  private static final Pattern SUFFIXED =
      Pattern.compile("([^,{}]*\\S)\\s+(Jr\\.?|Sr\\.?|II|III|IV)");

  private String clean(String text) {
    String plain = SPACES.matcher(text.strip()).replaceAll(" ");
    String shown =
        etAl.matcher(plain)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        (m.group(1) == null ? "" : m.group(1)) + " " + terms.etAl()));
    // "et al." closing a sentence takes the sentence's period.
    return terms.etAl().endsWith(".") ? shown.replace(terms.etAl() + ".", terms.etAl()) : shown;
  }

  private static CSLItemData item(Evidence e) {
    CSLItemDataBuilder builder =
        new CSLItemDataBuilder()
            .id(e.id())
            .type(cslType(e.type()))
            .title(data(ShownText.of(e.title())))
            .author(names(e));
    // Only as much of the date as the source gave: a year-only date is not "Jan. 01".
    switch (e.precision()) {
      case YEAR -> builder.issued(e.date().getYear());
      case MONTH -> builder.issued(e.date().getYear(), e.date().getMonthValue());
      case DAY ->
          builder.issued(e.date().getYear(), e.date().getMonthValue(), e.date().getDayOfMonth());
    }
    if (e.container() != null) {
      builder.containerTitle(data(ShownText.of(e.container())));
    }
    if (e.doi() != null) {
      builder.DOI(data(e.doi()));
    }
    if (e.volume() != null) {
      builder.volume(data(e.volume()));
    }
    if (e.pages() != null) {
      builder.page(data(e.pages()));
    }
    if (e.publisher() != null) {
      builder.publisher(data(ShownText.of(e.publisher())));
    }
    if (e.arxivId() != null && (e.type() == null || e.type() == ItemType.PREPRINT)) {
      // As citeproc's own BibTeX conversion does: arXiv as publisher, the id as number. Only a
      // record whose data names an arXiv id is printed as an arXiv preprint.
      if (e.publisher() == null) {
        builder.publisher("arXiv");
      }
      builder.genre("Preprint").number(data(e.arxivId()));
    }
    String url = LinkPolicy.safe(e.url());
    if (url != null) {
      builder.URL(url);
    }
    return builder.build();
  }

  /**
   * Record text as citeproc may see it: the character that stands for left-out authors is Podium's
   * own, so one in the data becomes the replacement character instead of "et al.".
   */
  private static String data(String text) {
    return text.replace(OTHERS, "\uFFFD");
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
      names.add(name(data(author)));
    }
    if (e.etAl()) {
      // The listing shows only the first authors. CSL has no way to say so (its et-al options
      // count names), so a placeholder name stands for the rest and becomes "et al." in clean().
      names.add(new CSLNameBuilder().literal(OTHERS).build());
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
    Matcher suffixed = SUFFIXED.matcher(trimmed);
    if (suffixed.matches()) {
      // BibTeX reads the last word of "Martin Luther King Jr." as the family name; a suffix
      // written without commas is taken off and given to citeproc as the suffix it is.
      CSLName[] parsed = NameParser.parse(suffixed.group(1));
      if (parsed.length == 1) {
        CSLName n = parsed[0];
        return new CSLNameBuilder()
            .family(n.getFamily())
            .given(n.getGiven())
            .droppingParticle(n.getDroppingParticle())
            .nonDroppingParticle(n.getNonDroppingParticle())
            .suffix(suffixed.group(2))
            .build();
      }
    }
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

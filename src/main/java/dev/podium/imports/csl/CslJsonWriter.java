package dev.podium.imports.csl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import dev.podium.imports.WorkNames;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records as a CSL-JSON array for pandoc, Zotero or any CSL processor: each record a
 * citeproc-java item (id, type, title, authors, issued date to its precision, venue, DOI, volume,
 * pages, publisher, link, abstract), serialized by Jackson with keys in alphabetical order, so the
 * same records give the same bytes.
 */
public final class CslJsonWriter {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          // citeproc's item maps hold its type enum, whose toString() is the CSL name
          // ("article-journal").
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .build();

  private CslJsonWriter() {}

  /** The array, pretty-printed with two-space indents and a final newline. */
  public static String write(List<Evidence> records) {
    List<Object> items = new ArrayList<>();
    for (Evidence e : records) {
      items.add(item(e).toJson(new MapJsonBuilderFactory().createJsonBuilder()));
    }
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(items) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CSLItemData item(Evidence e) {
    CSLItemDataBuilder b =
        new CSLItemDataBuilder()
            .id(e.id())
            .type(type(e.type()))
            .title(e.title())
            .author(names(e))
            .abstrct(e.abstract_());
    switch (e.precision()) {
      case YEAR -> b.issued(e.date().getYear());
      case MONTH -> b.issued(e.date().getYear(), e.date().getMonthValue());
      case DAY -> b.issued(e.date().getYear(), e.date().getMonthValue(), e.date().getDayOfMonth());
    }
    if (e.type() == ItemType.PREPRINT) {
      b.genre("preprint");
    }
    if (e.container() != null) {
      b.containerTitle(e.container());
    }
    if (e.doi() != null) {
      b.DOI(e.doi());
    }
    if (e.arxivId() != null) {
      // As Zotero writes a preprint; a published paper keeps its own number and says arXiv by
      // archive.
      if (e.type() == ItemType.PREPRINT) {
        b.number("arXiv:" + e.arxivId());
      } else {
        b.archive("arXiv").archiveLocation(e.arxivId());
      }
    }
    if (e.volume() != null) {
      b.volume(e.volume());
    }
    if (e.pages() != null) {
      b.page(e.pages());
    }
    if (e.publisher() != null) {
      b.publisher(e.publisher());
    }
    if (e.url() != null) {
      b.URL(e.url());
    }
    return b.build();
  }

  /** The CSL type; a record that does not say what it is is a generic document. */
  static CSLType type(ItemType type) {
    if (type == null) {
      return CSLType.DOCUMENT;
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

  private static CSLName[] names(Evidence e) {
    List<CSLName> names = new ArrayList<>();
    e.authors().forEach(author -> names.add(WorkNames.csl(author)));
    if (e.etAl()) {
      // As citeproc's BibTeX conversion writes "and others".
      names.add(new CSLNameBuilder().literal("others").build());
    }
    return names.toArray(CSLName[]::new);
  }
}

package dev.podium.assemble;

import java.io.StringReader;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A CSL style Podium can cite with: an independent style that cites in the text (author-date,
 * numeric or author) and has a bibliography. A dependent style stands for its parent, with its own
 * default locale if it names one.
 *
 * @param id the style's name: its shipped id, or the file it was read from
 * @param xml the independent style's source, as citeproc reads it
 * @param format how the style cites in the text
 * @param defaultLocale the locale the style asks for, or {@code null} for CSL's default (en-US)
 * @param superscript whether in-text citations are set as superscripts
 */
public record CslStyle(
    String id, String xml, CitationFormat format, String defaultLocale, boolean superscript) {
  private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

  /** The in-text citation forms of CSL's {@code citation-format} category. */
  public enum CitationFormat {
    AUTHOR_DATE,
    AUTHOR,
    NUMERIC,
    LABEL,
    NOTE;

    /** The name CSL gives the format, such as {@code author-date}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static CitationFormat of(String value) {
      return switch (value) {
        case "author-date" -> AUTHOR_DATE;
        case "author" -> AUTHOR;
        case "numeric" -> NUMERIC;
        case "label" -> LABEL;
        case "note" -> NOTE;
        default -> null;
      };
    }
  }

  public CslStyle {
    if (id == null || xml == null || format == null) {
      throw new IllegalArgumentException("id, xml and format are required");
    }
  }

  /**
   * Reads a style's source and checks that Podium can cite with it.
   *
   * @param id what to call the style
   * @param xml the style's source
   * @param parents where a dependent style finds its independent parent by id
   * @throws InvalidStyleException where the text is not such a style, with the place if it has one
   */
  public static CslStyle parse(String id, String xml, StyleCatalogue parents) {
    Outline outline = Outline.read(xml);
    if (outline.parent != null) {
      String parentId = outline.parent.substring(outline.parent.lastIndexOf('/') + 1);
      CslStyle parent = parents.style(parentId);
      if (parent == null) {
        throw new InvalidStyleException(
            outline.parentAt,
            "a dependent style whose parent '"
                + parentId
                + "' Podium does not ship; pass the"
                + " parent's own file with --csl");
      }
      String locale =
          outline.defaultLocale != null ? outline.defaultLocale : parent.defaultLocale();
      return new CslStyle(id, parent.xml(), parent.format(), locale, parent.superscript());
    }
    if (outline.format == null) {
      throw new InvalidStyleException(
          outline.rootAt,
          "the style does not say how it cites (<category citation-format=\"...\"/> in <info>)");
    }
    if (outline.format == CitationFormat.NOTE) {
      throw new InvalidStyleException(
          outline.formatAt,
          "a note style: Podium cites in the text, next to each claim; choose an author-date or"
              + " numeric style");
    }
    if (!outline.bibliography) {
      throw new InvalidStyleException(
          outline.rootAt, "the style has no <bibliography>, and every brief lists its references");
    }
    return new CslStyle(id, xml, outline.format, outline.defaultLocale, outline.superscript);
  }

  /** What Podium needs to know of a style, read in one pass with the place of each part. */
  private static final class Outline {
    String defaultLocale;
    String parent;
    InvalidStyleException.Position parentAt;
    CitationFormat format;
    InvalidStyleException.Position formatAt;
    InvalidStyleException.Position rootAt;
    boolean bibliography;
    boolean superscript;

    static Outline read(String xml) {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      // A style is a self-contained file: nothing it names is fetched or expanded.
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      Outline o = new Outline();
      XMLStreamReader r = null;
      try {
        r = factory.createXMLStreamReader(new StringReader(xml));
        int depth = 0;
        boolean inCitation = false;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            if (depth == 1 && "citation".equals(r.getLocalName())) {
              inCitation = false;
            }
            continue;
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          depth++;
          String name = r.getLocalName();
          if (depth == 1) {
            o.rootAt = at(r.getLocation());
            if (!"style".equals(name)) {
              throw new InvalidStyleException(
                  o.rootAt, "not a CSL style: the root element is <" + name + ">, not <style>");
            }
            if (!CSL_NS.equals(r.getNamespaceURI())) {
              throw new InvalidStyleException(
                  o.rootAt,
                  "not a CSL style: <style> lacks the CSL namespace xmlns=\"" + CSL_NS + "\"");
            }
            o.defaultLocale = attribute(r, "default-locale");
          } else if (depth == 3
              && "category".equals(name)
              && attribute(r, "citation-format") != null) {
            o.format = CitationFormat.of(attribute(r, "citation-format"));
            o.formatAt = at(r.getLocation());
          } else if (depth == 3
              && "link".equals(name)
              && "independent-parent".equals(attribute(r, "rel"))) {
            o.parent = attribute(r, "href");
            o.parentAt = at(r.getLocation());
          } else if (depth == 2 && "citation".equals(name)) {
            inCitation = true;
          } else if (depth == 2 && "bibliography".equals(name)) {
            o.bibliography = true;
          }
          if (inCitation && "sup".equals(attribute(r, "vertical-align"))) {
            o.superscript = true;
          }
        }
        if (o.rootAt == null) {
          throw new InvalidStyleException(
              InvalidStyleException.Position.START, "not a CSL style: the file is empty");
        }
        return o;
      } catch (XMLStreamException e) {
        Location where = e.getLocation();
        String message = e.getMessage();
        // StAX prefixes its message with the position, which the error already leads with.
        int cut = message.indexOf("Message: ");
        throw new InvalidStyleException(
            where == null ? InvalidStyleException.Position.START : at(where),
            "not well-formed XML: " + (cut >= 0 ? message.substring(cut + 9) : message).strip());
      } finally {
        if (r != null) {
          try {
            r.close();
          } catch (XMLStreamException e) {
            // Nothing is left to read; a failed close loses nothing.
          }
        }
      }
    }

    private static String attribute(XMLStreamReader r, String name) {
      String value = r.getAttributeValue(null, name);
      return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidStyleException.Position at(Location l) {
      return new InvalidStyleException.Position(
          Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    }
  }
}

package dev.podium.assemble;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The words of a CSL locale that Podium sets itself: "and" and "et al." (for German "und" and "u.
 * a."). As CSL ranks them: the style's own terms for the locale, then for its language, then for
 * any language, then the shipped locale file's.
 */
record LocaleTerms(String and, String etAl) {
  private static final String AND = "and";
  private static final String ET_AL = "et-al";

  static LocaleTerms of(String styleXml, String locale) {
    String language = locale.split("-", 2)[0];
    // Rank 3: the style's locale for this tag; 2: for the language; 1: for any; 0: the file.
    Map<String, String>[] ranked = newRanks();
    try {
      XMLStreamReader style = factory().createXMLStreamReader(new StringReader(styleXml));
      String lang = null;
      boolean inLocale = false;
      while (style.hasNext()) {
        int event = style.next();
        if (event == XMLStreamConstants.END_ELEMENT && "locale".equals(style.getLocalName())) {
          inLocale = false;
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if ("locale".equals(style.getLocalName())) {
            inLocale = true;
            lang = style.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
          } else if (inLocale) {
            int rank = lang == null ? 1 : lang.equals(locale) ? 3 : lang.equals(language) ? 2 : -1;
            if (rank > 0) {
              readTerm(style, ranked[rank]);
            }
          }
        }
      }
      style.close();
      try (InputStream in = LocaleTerms.class.getResourceAsStream("/locales-" + locale + ".xml")) {
        if (in == null) {
          throw new IllegalStateException("missing from the build: locales-" + locale + ".xml");
        }
        XMLStreamReader file = factory().createXMLStreamReader(in);
        while (file.hasNext()) {
          if (file.next() == XMLStreamConstants.START_ELEMENT) {
            readTerm(file, ranked[0]);
          }
        }
        file.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("unreadable CSL locale terms for " + locale, e);
    }
    return new LocaleTerms(best(ranked, AND, "and"), best(ranked, ET_AL, "et al."));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] newRanks() {
    Map<String, String>[] ranks = new Map[4];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = new HashMap<>();
    }
    return ranks;
  }

  /** Keeps the long form of an "and" or "et-al" term (not its symbol or short form). */
  private static void readTerm(XMLStreamReader r, Map<String, String> into)
      throws XMLStreamException {
    if (!"term".equals(r.getLocalName()) || r.getAttributeValue(null, "form") != null) {
      return;
    }
    String name = r.getAttributeValue(null, "name");
    if (AND.equals(name) || ET_AL.equals(name)) {
      into.putIfAbsent(name, r.getElementText().strip());
    }
  }

  private static String best(Map<String, String>[] ranked, String term, String fallback) {
    for (int rank = ranked.length - 1; rank >= 0; rank--) {
      String value = ranked[rank].get(term);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return fallback;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}

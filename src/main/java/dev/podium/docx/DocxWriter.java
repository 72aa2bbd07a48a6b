package dev.podium.docx;

import dev.podium.typeset.MarkdownSyntax;
import dev.podium.typeset.PlainText;
import dev.podium.typeset.TypesetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes Markdown as a Word document (DOCX) in the styles debaters cut evidence in (see {@link
 * VerbatimStyles}), with the metadata of the settings. The same Markdown and settings give the same
 * bytes: the only date in the file is the settings' date, and nothing is random. Each call builds
 * its own document; the writer keeps nothing between calls.
 */
public final class DocxWriter {
  /** One inch, the margin on every side, in twentieths of a point. */
  private static final int MARGIN = 1440;

  /**
   * The DOCX of {@code markdown}.
   *
   * @throws TypesetException if the Markdown has a node the writer does not support, or an image
   *     that is not one of the settings' pictures
   */
  public byte[] write(String markdown, DocxSettings settings) {
    Node root = MarkdownSyntax.parser().parse(markdown);
    try (XWPFDocument document = new XWPFDocument()) {
      VerbatimStyles.addTo(document, settings.language());
      float textWidth = settings.paper().width() - 2 * MARGIN / 20f;
      DocxContext context =
          new DocxContext(document, new ListNumbering(document), settings.pictures(), textWidth);
      root.accept(new BlockWriter(context));
      page(document, settings);
      compatibility(document);
      describe(document.getProperties(), settings, root);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.write(out);
      return StableZip.rewrite(out.toByteArray(), settings.date().atStartOfDay());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the DOCX in memory", e);
    }
  }

  /** The paper and margins, in the section properties that end the body. */
  private static void page(XWPFDocument document, DocxSettings settings) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(Math.round(settings.paper().width() * 20)));
    size.setH(BigInteger.valueOf(Math.round(settings.paper().height() * 20)));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(MARGIN / 2));
    margins.setFooter(BigInteger.valueOf(MARGIN / 2));
    margins.setGutter(BigInteger.ZERO);
  }

  /**
   * Tells Word the document is in its current format (2013 and later) rather than opening it in
   * compatibility mode. POI's reduced schemas lack the element, so it is written as plain XML.
   */
  private static void compatibility(XWPFDocument document) {
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
      cursor.toEndToken();
      cursor.beginElement("compat", w);
      cursor.beginElement("compatSetting", w);
      cursor.insertAttributeWithValue(new QName(w, "name"), "compatibilityMode");
      cursor.insertAttributeWithValue(
          new QName(w, "uri"), "http://schemas.microsoft.com/office/word");
      cursor.insertAttributeWithValue(new QName(w, "val"), "15");
    }
  }

  /**
   * The core and application properties. POI dates a new package with the clock; both dates here
   * are the data's date, at midnight UTC.
   */
  private static void describe(POIXMLProperties properties, DocxSettings settings, Node root) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    String title = firstTitle(root);
    if (title != null && !title.isEmpty()) {
      core.setTitle(title);
    }
    core.setCreator(settings.author());
    if (!settings.subject().isEmpty()) {
      core.setSubjectProperty(settings.subject());
    }
    if (!settings.keywords().isEmpty()) {
      // Semicolons, because a keyword (a stance label) may itself contain a comma.
      core.setKeywords(String.join("; ", settings.keywords()));
    }
    core.getUnderlyingProperties().setLanguageProperty(settings.language());
    Date date = Date.from(settings.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    if (!settings.creator().isEmpty()) {
      properties.getExtendedProperties().setApplication(settings.creator());
    }
  }

  private static String firstTitle(Node root) {
    for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 1) {
        return PlainText.of(heading);
      }
    }
    return null;
  }
}

package dev.podium.typeset;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Typesets Markdown into a tagged PDF: parses it with commonmark (GFM tables, autolinks) and sets
 * the tree down the pages with OpenPDF, each block tied to a structure element in reading order.
 * The same Markdown and settings give the same bytes. An instance holds its fonts, so reuse it; it
 * is not thread-safe.
 */
public final class PdfTypesetter {
  /** A typesetter; the bundled fonts are read on first use in each thread. */
  public PdfTypesetter() {}

  /**
   * Typesets {@code markdown}.
   *
   * @throws TypesetException if the Markdown has a node the typesetter does not support, an image
   *     it cannot use, or a fallback font is unusable
   */
  public TypesetResult typeset(String markdown, PdfSettings settings) {
    FontBook bundled = FontBook.borrow();
    TypesetResult result = typeset(markdown, settings, bundled);
    // A book that saw a document fail is dropped, not trusted to the next one.
    FontBook.giveBack(bundled);
    return result;
  }

  private TypesetResult typeset(String markdown, PdfSettings settings, FontBook bundled) {
    FontBook fonts = bundled.withFallbacks(settings.fallbackFonts());
    Node root = MarkdownSyntax.parser().parse(markdown);
    byte[] id = DocumentIdentity.of(markdown, settings);
    fonts.seedSubsetTags(id);

    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Rectangle page = new Rectangle(settings.paper().width(), settings.paper().height());
    Document document =
        new Document(
            page,
            Typography.MARGIN_SIDE,
            Typography.MARGIN_SIDE,
            Typography.MARGIN_TOP,
            Typography.MARGIN_BOTTOM);
    PdfWriter writer = taggedWriter(document, out, settings.language());

    MissingGlyphs missing = new MissingGlyphs();
    GlyphRuns glyphs = new GlyphRuns(fonts, missing);
    HeadingOutline outline = new HeadingOutline();
    writer.setPageEvent(outline);
    writer.setPageEvent(new PageFurniture(glyphs, settings.headerLeft(), settings.headerRight()));
    describe(document, settings, root);

    document.open();
    stamp(writer, settings, id);
    writer.setXmpMetadata(XmpPacket.of(writer.getInfo()));
    // The structure tree can only be made once the document is open.
    StructureTree structure = new StructureTree(writer);
    LinkAnnotations links = new LinkAnnotations(structure);
    writer.setPageEvent(links);
    RenderContext context =
        new RenderContext(
            glyphs,
            new SourceLocator(markdown),
            new LocalImages(settings.imageRoot()),
            new Drawings(settings.drawings(), writer, new DrawingFonts(fonts)),
            outline,
            links,
            new ParagraphChunks(),
            document.right() - document.left(),
            document.top() - document.bottom());
    // On an error the half-made document is dropped unclosed: it holds only memory.
    Flow flow = Flow.of(document, writer, structure);
    new BlockRenderer(context, flow, Typography.body(), false, false).renderChildren(root);
    structure.finish();
    // An empty document still gets its one page rather than OpenPDF's "no pages" error.
    writer.setPageEmpty(false);
    int pages = writer.getCurrentPageNumber();
    document.close();
    return new TypesetResult(out.toByteArray(), pages, missing.sorted());
  }

  /** A writer of a tagged PDF 1.7 in {@code language}, which viewers open at its outline. */
  private static PdfWriter taggedWriter(Document document, OutputStream out, String language) {
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    writer.setFullCompression();
    // Viewers show the title rather than the file name, as screen-reader users need.
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    // Tab through links in the order of the structure, which is the reading order.
    writer.setTabs(PdfName.S);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    writer.setTagged();
    return writer;
  }

  private static void describe(Document document, PdfSettings settings, Node root) {
    String title = settings.title() != null ? settings.title() : firstTitle(root);
    if (title != null && !title.isEmpty()) {
      document.addTitle(title);
    }
    if (!settings.author().isEmpty()) {
      document.addAuthor(settings.author());
    }
    if (!settings.subject().isEmpty()) {
      document.addSubject(settings.subject());
    }
    if (!settings.keywords().isEmpty()) {
      // Semicolons, because a keyword (a stance label) may itself contain a comma.
      document.addKeywords(String.join("; ", settings.keywords()));
    }
    if (!settings.creator().isEmpty()) {
      document.addCreator(settings.creator());
    }
  }

  /** Replaces what OpenPDF takes from the clock and from random bytes with fixed values. */
  private static void stamp(PdfWriter writer, PdfSettings settings, byte[] id) {
    PdfDate date = DocumentIdentity.date(settings.date());
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    // OpenPDF takes the trailer's file ID from this entry when present.
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
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

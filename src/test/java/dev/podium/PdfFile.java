package dev.podium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with PDFBox, for assertions: text, pages, forms, images, links, outline, fonts,
 * metadata.
 */
public final class PdfFile {
  /** A font used on a page, and whether the file carries it. */
  public record Font(String name, boolean embedded) {}

  /** An outline entry: its depth (0 for the top level) and title. */
  public record OutlineEntry(int depth, String title) {}

  private final byte[] bytes;

  public PdfFile(byte[] bytes) {
    this.bytes = bytes;
  }

  /** All text, page by page. */
  public List<String> pages() {
    return read(
        doc -> {
          List<String> pages = new ArrayList<>();
          PDFTextStripper stripper = new PDFTextStripper();
          for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(doc));
          }
          return pages;
        });
  }

  /** All text, with line breaks and runs of white space made single spaces. */
  public String text() {
    return flat(String.join("\n", pages()));
  }

  /** Text as a reader sees it across line ends: breaks after a hyphen or slash are joined. */
  public static String flat(String text) {
    return text.replaceAll("([-/_])\\s*\\n", "$1").replaceAll("\\s+", " ");
  }

  public int pageCount() {
    return read(PDDocument::getNumberOfPages);
  }

  public float[] pageSize(int page) {
    return read(
        doc -> {
          var box = doc.getPage(page).getMediaBox();
          return new float[] {box.getWidth(), box.getHeight()};
        });
  }

  /** The URI of every link annotation, in page order. */
  public List<String> links() {
    return read(
        doc -> {
          List<String> links = new ArrayList<>();
          for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
              if (annotation instanceof PDAnnotationLink link
                  && link.getAction() instanceof PDActionURI uri) {
                links.add(uri.getURI());
              }
            }
          }
          return links;
        });
  }

  public List<OutlineEntry> outline() {
    return read(
        doc -> {
          List<OutlineEntry> entries = new ArrayList<>();
          if (doc.getDocumentCatalog().getDocumentOutline() != null) {
            collect(doc.getDocumentCatalog().getDocumentOutline(), 0, entries);
          }
          return entries;
        });
  }

  /** Every font used on the pages or in the forms they draw (the footers). */
  public List<Font> fonts() {
    return read(
        doc -> {
          List<Font> fonts = new ArrayList<>();
          for (PDPage page : doc.getPages()) {
            collect(page.getResources(), fonts);
          }
          return fonts.stream().distinct().toList();
        });
  }

  /**
   * The text drawn inside each form a page shows, one string per form in the order drawn: the
   * drawings (charts) set as vector forms, and the footer's page total.
   */
  public List<String> formTexts(int page) {
    return read(
        doc -> {
          List<String> texts = new ArrayList<>();
          PDFTextStripper stripper =
              new PDFTextStripper() {
                private StringBuilder current;

                @Override
                public void showForm(PDFormXObject form) throws IOException {
                  StringBuilder outer = current;
                  current = new StringBuilder();
                  super.showForm(form);
                  texts.add(current.toString());
                  current = outer;
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                  if (current != null) {
                    current.append(text.getUnicode());
                  }
                  super.processTextPosition(text);
                }
              };
          stripper.setStartPage(page + 1);
          stripper.setEndPage(page + 1);
          stripper.getText(doc);
          return texts;
        });
  }

  /** How many raster images the file's pages and forms use. */
  public int rasterImageCount() {
    return read(
        doc -> {
          int count = 0;
          for (PDPage page : doc.getPages()) {
            count += rasterImages(page.getResources());
          }
          return count;
        });
  }

  public PDDocumentInformation info() {
    return read(PDDocument::getDocumentInformation);
  }

  /** The first part of the trailer's file ID, in hex. */
  public String fileId() {
    return read(
        doc -> {
          COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
          return id == null ? null : HexFormat.of().formatHex(((COSString) id.get(0)).getBytes());
        });
  }

  private static void collect(PDOutlineNode node, int depth, List<OutlineEntry> entries) {
    for (PDOutlineItem item : node.children()) {
      entries.add(new OutlineEntry(depth, item.getTitle()));
      collect(item, depth + 1, entries);
    }
  }

  private static void collect(PDResources resources, List<Font> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.add(new Font(font.getName(), font.isEmbedded()));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xObject = resources.getXObject(name);
      if (xObject instanceof PDFormXObject form) {
        collect(form.getResources(), fonts);
      }
    }
  }

  private static int rasterImages(PDResources resources) throws IOException {
    if (resources == null) {
      return 0;
    }
    int count = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xObject = resources.getXObject(name);
      if (xObject instanceof PDImageXObject) {
        count++;
      } else if (xObject instanceof PDFormXObject form) {
        count += rasterImages(form.getResources());
      }
    }
    return count;
  }

  private interface Reading<T> {
    T apply(PDDocument doc) throws IOException;
  }

  private <T> T read(Reading<T> reading) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return reading.apply(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

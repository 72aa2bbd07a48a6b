package dev.podium.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * A tagged PDF read back with PDFBox, for assertions: catalog entries, the structure tree in
 * reading order, and the marked content of the pages' content streams.
 */
final class TaggedPdf {
  /** One piece of marked content: the page (from 0) and its MCID there. */
  record Mark(int page, int mcid) {}

  /** A structure element met in reading order: its type, depth, alt text and own content. */
  record Element(String type, int depth, String alt, List<Mark> marks, int annotations) {}

  /** An operator that paints, at a page, outside any tagged content or artifact. */
  record Unmarked(int page, String operator) {}

  private static final Set<String> PAINTING =
      Set.of(
          "Tj", "TJ", "'", "\"", "Do", "sh", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "BI");

  private final byte[] bytes;

  TaggedPdf(byte[] bytes) {
    this.bytes = bytes;
  }

  boolean hasStructureTree() {
    return read(doc -> doc.getDocumentCatalog().getStructureTreeRoot() != null);
  }

  boolean isMarked() {
    return read(
        doc -> {
          var info = doc.getDocumentCatalog().getMarkInfo();
          return info != null && info.isMarked();
        });
  }

  String language() {
    return read(doc -> doc.getDocumentCatalog().getLanguage());
  }

  boolean displaysTitle() {
    return read(
        doc -> {
          var preferences = doc.getDocumentCatalog().getViewerPreferences();
          return preferences != null && preferences.displayDocTitle();
        });
  }

  String xmp() {
    return read(
        doc -> {
          PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
          return metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        });
  }

  /** The structure elements below the root, depth first, which is reading order. */
  List<Element> elements() {
    return read(
        doc -> {
          List<Element> elements = new ArrayList<>();
          PDStructureNode root = doc.getDocumentCatalog().getStructureTreeRoot();
          for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
              collect(doc, element, 0, elements);
            }
          }
          return elements;
        });
  }

  /** The types of {@link #elements}, in order. */
  List<String> types() {
    return elements().stream().map(Element::type).toList();
  }

  /** The MCIDs of each page in the order the content streams mark them. */
  List<Mark> contentOrder() {
    return read(
        doc -> {
          List<Mark> marks = new ArrayList<>();
          for (int p = 0; p < doc.getNumberOfPages(); p++) {
            for (Object token : tokens(doc.getPage(p))) {
              if (token instanceof COSDictionary properties
                  && properties.containsKey(COSName.MCID)) {
                marks.add(new Mark(p, properties.getInt(COSName.MCID)));
              }
            }
          }
          return marks;
        });
  }

  /** Painting operators that are neither in marked content with an MCID nor in an artifact. */
  List<Unmarked> unmarked() {
    return read(
        doc -> {
          List<Unmarked> unmarked = new ArrayList<>();
          for (int p = 0; p < doc.getNumberOfPages(); p++) {
            Deque<Boolean> open = new ArrayDeque<>();
            List<Object> operands = new ArrayList<>();
            for (Object token : tokens(doc.getPage(p))) {
              if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
              }
              switch (operator.getName()) {
                case "BMC", "BDC" -> open.push(claims(operands));
                case "EMC" -> open.pop();
                default -> {
                  if (PAINTING.contains(operator.getName()) && !open.contains(true)) {
                    unmarked.add(new Unmarked(p, operator.getName()));
                  }
                }
              }
              operands.clear();
            }
          }
          return unmarked;
        });
  }

  /** How many link annotations there are, and how many of them a Link element claims. */
  int[] linkAnnotations() {
    return read(
        doc -> {
          int links = 0;
          int claimed = 0;
          for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
              if (annotation instanceof PDAnnotationLink) {
                links++;
                if (annotation.getStructParent() >= 0 && annotation.getContents() != null) {
                  claimed++;
                }
              }
            }
          }
          return new int[] {links, claimed};
        });
  }

  /** Whether a marked-content sequence's tag and properties tie it to content or an artifact. */
  private static boolean claims(List<Object> operands) {
    if (operands.isEmpty()) {
      return false;
    }
    boolean artifact = COSName.getPDFName("Artifact").equals(operands.get(0));
    boolean withMcid =
        operands.size() > 1
            && operands.get(1) instanceof COSDictionary properties
            && properties.containsKey(COSName.MCID);
    return artifact || withMcid;
  }

  private static List<Object> tokens(PDPage page) throws IOException {
    return new PDFStreamParser(page).parse();
  }

  private static void collect(
      PDDocument doc, PDStructureElement element, int depth, List<Element> elements) {
    List<Mark> marks = new ArrayList<>();
    int annotations = 0;
    Element self =
        new Element(element.getStructureType(), depth, element.getAlternateDescription(), marks, 0);
    int index = elements.size();
    elements.add(self);
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        marks.add(new Mark(doc.getPages().indexOf(element.getPage()), mcid));
      } else if (kid instanceof PDMarkedContentReference reference) {
        marks.add(new Mark(doc.getPages().indexOf(reference.getPage()), reference.getMCID()));
      } else if (kid instanceof PDObjectReference reference
          && reference.getReferencedObject() instanceof PDAnnotation) {
        annotations++;
      } else if (kid instanceof PDStructureElement child) {
        collect(doc, child, depth + 1, elements);
      }
    }
    elements.set(index, new Element(self.type(), depth, self.alt(), marks, annotations));
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

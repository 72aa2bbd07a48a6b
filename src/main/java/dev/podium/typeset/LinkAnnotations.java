package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Makes the link annotations: a link's chunks carry a tag, and each time OpenPDF places one this
 * adds a clickable area there, described by the link's text and tied to a Link element in the
 * structure. OpenPDF's own anchors make annotations that no structure element can claim.
 */
final class LinkAnnotations extends PdfPageEventHelper {
  private static final String PREFIX = "podium-link-";

  /** A link as registered before layout. */
  private record Target(String url, String text) {}

  private final StructureTree structure;
  private final List<Target> targets = new ArrayList<>();

  LinkAnnotations(StructureTree structure) {
    this.structure = structure;
  }

  /** Registers a link to {@code url} reading {@code text}, and returns the tag its chunks carry. */
  String register(String url, String text) {
    targets.add(new Target(url, text));
    return PREFIX + (targets.size() - 1);
  }

  /** Whether a chunk tag marks part of a link. */
  static boolean isLink(String tag) {
    return ChunkTags.find(tag, PREFIX) != null;
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    String token = ChunkTags.find(text, PREFIX);
    if (token == null) {
      return;
    }
    int id = Integer.parseInt(token.substring(PREFIX.length()));
    Target target = targets.get(id);
    PdfAnnotation annotation =
        new PdfAnnotation(
            writer,
            rect.getLeft(),
            rect.getBottom(),
            rect.getRight(),
            rect.getTop(),
            new PdfAction(target.url()));
    annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
    // What a screen reader announces for the link: its text, or the address when it has none.
    String contents = target.text().isBlank() ? target.url() : target.text();
    annotation.put(PdfName.CONTENTS, new PdfString(contents, PdfObject.TEXT_UNICODE));
    if (structure.link(id, annotation)) {
      writer.addAnnotation(annotation);
    }
  }
}

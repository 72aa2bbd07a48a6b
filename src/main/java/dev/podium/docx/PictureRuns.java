package dev.podium.docx;

import dev.podium.typeset.PlainText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.Image;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Puts a picture the Markdown links into a run, no wider than the text, described by the image's
 * alt text for screen readers (Word's "Alt Text", LibreOffice's "Description").
 */
final class PictureRuns {
  private PictureRuns() {}

  /** Adds the picture {@code image} links to {@code run}; an error if the document has none. */
  static void add(XWPFRun run, Image image, DocxContext context) {
    String name = image.getDestination();
    Picture picture = context.pictures().get(name);
    if (picture == null) {
      throw context.error(
          image,
          "image '" + name + "' is not a chart of this document; the DOCX shows only its charts");
    }
    String description = PlainText.of(image);
    float scale = Math.min(1f, context.textWidth() / picture.width());
    try {
      XWPFPicture added =
          run.addPicture(
              new ByteArrayInputStream(picture.png()),
              PictureType.PNG,
              name,
              Units.toEMU(picture.width() * scale),
              Units.toEMU(picture.height() * scale));
      CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
      inline.getDocPr().setDescr(description);
      inline.getDocPr().setName(name);
      added.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
      added.getCTPicture().getNvPicPr().getCNvPr().setName(name);
    } catch (IOException | InvalidFormatException e) {
      // The bytes are in memory and the type is fixed: neither can happen.
      throw new IllegalStateException("cannot add picture " + name, e);
    }
  }
}

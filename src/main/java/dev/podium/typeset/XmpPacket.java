package dev.podium.typeset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * The document's XMP metadata: what its info dictionary says (title, author, subject, keywords,
 * creator, dates), and that it conforms to PDF/UA-1, the standard for accessible PDF.
 */
final class XmpPacket {
  private static final String PDF_UA_ID = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";

  private XmpPacket() {}

  /** The packet for a document whose info dictionary is complete, dates included. */
  static byte[] of(PdfDictionary info) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmpWriter xmp = new XmpWriter(out, info, PdfWriter.PDFXNONE)) {
      xmp.addRdfDescription(PDF_UA_ID, "<pdfuaid:part>1</pdfuaid:part>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package dev.podium.publish;

import dev.podium.chart.PngCharts;
import dev.podium.docx.DocxSettings;
import dev.podium.docx.DocxWriter;
import dev.podium.docx.Picture;
import dev.podium.typeset.TypesetException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Word document in the styles debaters cut evidence in (Pocket, Hat, Block, Tag, Cite), written
 * from the document's Markdown, with its charts as pictures and its metadata in the file. Markdown
 * the writer cannot set is an error.
 */
final class DocxFormat implements Format {
  /** Pixels per inch of the charts' pictures: sharp in print. */
  static final int CHART_DPI = 300;

  @Override
  public String id() {
    return "docx";
  }

  @Override
  public String extension() {
    return ".docx";
  }

  @Override
  public boolean streamable() {
    return false;
  }

  @Override
  public boolean write(Document document, FormatSettings settings, Output out) {
    byte[] docx;
    try {
      docx = new DocxWriter().write(document.markdown(), settings(document, settings));
    } catch (TypesetException e) {
      out.error(PdfMessages.error(e, document.markdownFile()));
      out.error("podium: cannot write the DOCX; nothing written");
      return false;
    }
    out.file(document.fileWith(extension()), docx);
    return true;
  }

  /**
   * The DOCX's settings from the document's metadata; the date is the data's, never the clock's.
   */
  static DocxSettings settings(Document document, FormatSettings settings) {
    DocumentMetadata meta = document.metadata();
    Map<String, Picture> pictures = new TreeMap<>();
    document
        .charts()
        .forEach(
            (name, chart) ->
                pictures.put(
                    name,
                    new Picture(PngCharts.png(chart, CHART_DPI), chart.width(), chart.height())));
    return new DocxSettings(
        settings.paper(),
        meta.author(),
        meta.subject(),
        meta.keywords(),
        meta.creator(),
        meta.date(),
        meta.language(),
        pictures);
  }
}

package dev.podium.publish;

import dev.podium.chart.Chart;
import dev.podium.typeset.Drawing;
import dev.podium.typeset.PdfSettings;
import dev.podium.typeset.PdfTypesetter;
import dev.podium.typeset.TypesetException;
import dev.podium.typeset.TypesetResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A print-ready PDF typeset from the document's Markdown, with its charts drawn as vector graphics
 * and its metadata in the file. A character no font has is a warning; Markdown the typesetter
 * cannot set is an error.
 */
final class PdfFormat implements Format {
  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public String extension() {
    return ".pdf";
  }

  @Override
  public boolean streamable() {
    return false;
  }

  @Override
  public boolean write(Document document, FormatSettings settings, Output out) {
    Path pdfFile = document.fileWith(extension());
    TypesetResult result;
    try {
      result = new PdfTypesetter().typeset(document.markdown(), settings(document, settings));
    } catch (TypesetException e) {
      out.error(PdfMessages.error(e, document.markdownFile()));
      out.error("podium: cannot typeset the PDF; nothing written");
      return false;
    }
    result
        .missingGlyphs()
        .forEach(g -> out.warning(PdfMessages.warning(g, document.markdownFile(), pdfFile)));
    out.file(pdfFile, result.pdf());
    return true;
  }

  /**
   * The PDF's settings from the document's metadata. The title comes from the document's first
   * heading (its wording lives in the template); the date is the data's, never the clock's.
   */
  static PdfSettings settings(Document document, FormatSettings settings) {
    DocumentMetadata meta = document.metadata();
    return new PdfSettings(
            settings.paper(),
            null,
            meta.author(),
            meta.subject(),
            meta.keywords(),
            meta.creator(),
            meta.author(),
            meta.shortSubject(),
            meta.date(),
            settings.fonts(),
            document.folder(),
            Map.of())
        .withDrawings(drawings(document.charts()))
        .withLanguage(meta.language());
  }

  private static Map<String, Drawing> drawings(Map<String, Chart> charts) {
    Map<String, Drawing> drawings = new TreeMap<>();
    charts.forEach(
        (name, chart) ->
            drawings.put(name, new Drawing(chart.width(), chart.height(), chart::draw)));
    return drawings;
  }
}

package dev.podium.cli;

import dev.podium.chart.Chart;
import dev.podium.chart.SvgCharts;
import dev.podium.typeset.Drawing;
import dev.podium.typeset.Paper;
import dev.podium.typeset.PdfSettings;
import dev.podium.typeset.PdfTypesetter;
import dev.podium.typeset.TypesetException;
import dev.podium.typeset.TypesetResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The output options shared by {@code brief} and {@code panel}: where to write, which formats,
 * whether to draw charts, and the paper and fallback fonts of the PDF, which is typeset from the
 * same Markdown.
 */
final class DocumentOptions {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "briefs",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "both",
      description = "Output format: md, pdf or both (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      defaultValue = "a4",
      description = "Paper size of the PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
  String paper;

  @Option(
      names = "--font",
      paramLabel = "FILE",
      description =
          "A TrueType or OpenType font for characters the bundled fonts lack, such as CJK;"
              + " repeat to add more.")
  List<Path> fonts = new ArrayList<>();

  @Option(
      names = "--no-charts",
      description =
          "Leave out the charts (the evidence profile of moderator and opponent briefs, the clash"
              + " grid of a panel pack).")
  boolean noCharts;

  /** Checks the options before any file is read, so usage mistakes come first. */
  void validate() {
    OutputFormat.parse(format);
    paperSize();
    for (Path font : fonts) {
      if (!Files.isRegularFile(font)) {
        throw new UsageException("font file '" + font + "' not found");
      }
    }
  }

  /** Whether documents show their charts. */
  boolean charts() {
    return !noCharts;
  }

  Paper paperSize() {
    Paper paperSize = Paper.parse(paper);
    if (paperSize == null) {
      throw new UsageException("unknown paper '" + paper + "'; use " + Paper.names());
    }
    return paperSize;
  }

  /**
   * Adds one document's files: {@code NAME.md} with the SVG files of its charts beside it and,
   * when asked for, {@code NAME.pdf} typeset from it, with the same charts drawn as vector
   * graphics. Missing glyphs are warnings; returns false after reporting a typesetting error.
   *
   * @param charts the charts the Markdown shows, by the file name it links
   */
  boolean add(
      Map<Path, byte[]> files,
      Path markdownFile,
      String markdown,
      Map<String, Chart> charts,
      Function<Paper, PdfSettings> settings,
      Console console) {
    OutputFormat outputs = OutputFormat.parse(format);
    if (outputs.markdown()) {
      files.put(markdownFile, markdown.getBytes(StandardCharsets.UTF_8));
      new TreeMap<>(charts)
          .forEach(
              (name, chart) ->
                  files.put(
                      markdownFile.resolveSibling(name),
                      SvgCharts.svg(chart).getBytes(StandardCharsets.UTF_8)));
    }
    if (!outputs.pdf()) {
      return true;
    }
    String name = markdownFile.getFileName().toString();
    Path pdfFile = markdownFile.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".pdf");
    TypesetResult result;
    try {
      PdfSettings pdf = settings.apply(paperSize()).withDrawings(drawings(charts));
      result = new PdfTypesetter().typeset(markdown, pdf);
    } catch (TypesetException e) {
      console.error(BriefPdf.error(e, markdownFile));
      console.error("podium: cannot typeset the PDF; nothing written");
      return false;
    }
    result.missingGlyphs().forEach(g -> console.warning(BriefPdf.warning(g, markdownFile, pdfFile)));
    files.put(pdfFile, result.pdf());
    return true;
  }

  private static Map<String, Drawing> drawings(Map<String, Chart> charts) {
    Map<String, Drawing> drawings = new TreeMap<>();
    charts.forEach(
        (name, chart) -> drawings.put(name, new Drawing(chart.width(), chart.height(), chart::draw)));
    return drawings;
  }
}

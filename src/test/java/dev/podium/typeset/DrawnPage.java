package dev.podium.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What a page draws, read back with PDFBox: each glyph with its place, size, font and colour, and
 * each straight horizontal line stroked (underlines, rules), in page coordinates.
 */
final class DrawnPage {
  /** A glyph: its text, baseline start, size in points, font name and fill colour (0xRRGGBB). */
  record Glyph(String text, float x, float baseline, float size, String font, int rgb) {}

  /** A stroked horizontal line from x1 to x2 at height y. */
  record Line(float x1, float x2, float y) {}

  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  /** The first page of {@code pdf}, read. */
  DrawnPage(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new Reader().read(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The glyphs of the first run of {@code word} on the page. */
  List<Glyph> word(String word) {
    StringBuilder text = new StringBuilder();
    glyphs.forEach(g -> text.append(g.text()));
    int at = text.indexOf(word);
    if (at < 0) {
      throw new AssertionError("'" + word + "' is not drawn on the page");
    }
    return glyphs.subList(at, at + word.length());
  }

  /** Whether a stroked line runs beneath all of {@code run}, just below its baseline. */
  boolean underlined(List<Glyph> run) {
    Glyph first = run.get(0);
    Glyph last = run.get(run.size() - 1);
    return lines.stream()
        .anyMatch(
            l ->
                l.y() < first.baseline()
                    && l.y() > first.baseline() - first.size() * 0.4f
                    && l.x1() <= first.x() + 0.5f
                    && l.x2() >= last.x());
  }

  /** Reads glyphs through PDFTextStripper, and lines from the path operators it passes over. */
  private final class Reader extends PDFTextStripper {
    private Matrix lineStart;
    private float[] start;
    private float[] end;

    Reader() {
      addOperator(new SetNonStrokingColorSpace(this));
      addOperator(new SetNonStrokingColor(this));
      addOperator(new SetNonStrokingColorN(this));
      addOperator(new SetNonStrokingDeviceRGBColor(this));
      addOperator(new SetNonStrokingDeviceGrayColor(this));
    }

    void read(PDDocument doc) throws IOException {
      setStartPage(1);
      setEndPage(1);
      getText(doc);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      int rgb;
      try {
        rgb = getGraphicsState().getNonStrokingColor().toRGB();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      glyphs.add(
          new Glyph(
              text.getUnicode(),
              text.getTextMatrix().getTranslateX(),
              text.getTextMatrix().getTranslateY(),
              text.getFontSizeInPt(),
              text.getFont().getName(),
              rgb));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      switch (operator.getName()) {
        case "m" -> {
          start = point(operands);
          lineStart = getGraphicsState().getCurrentTransformationMatrix().clone();
        }
        case "l" -> end = point(operands);
        case "S" -> {
          if (start != null && end != null && start[1] == end[1]) {
            var from = lineStart.transformPoint(start[0], start[1]);
            var to = lineStart.transformPoint(end[0], end[1]);
            lines.add(
                new Line(
                    (float) Math.min(from.getX(), to.getX()),
                    (float) Math.max(from.getX(), to.getX()),
                    (float) from.getY()));
          }
          start = null;
          end = null;
        }
        default -> {}
      }
      super.processOperator(operator, operands);
    }

    private float[] point(List<COSBase> operands) {
      return new float[] {
        ((COSNumber) operands.get(0)).floatValue(), ((COSNumber) operands.get(1)).floatValue()
      };
    }
  }
}

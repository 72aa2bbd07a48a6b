package dev.podium.cli;

import dev.podium.assemble.BriefView;
import dev.podium.assemble.BriefView.StanceCountView;
import dev.podium.assemble.PanelView;
import dev.podium.typeset.MissingGlyph;
import dev.podium.typeset.Paper;
import dev.podium.typeset.PdfSettings;
import dev.podium.typeset.TypesetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the brief command tells the typesetter and what it reports back: PDF settings taken from the
 * brief's view, and one-line messages for typesetting problems.
 */
final class BriefPdf {
  private BriefPdf() {}

  /**
   * Settings for a brief's PDF. The title comes from the brief's first heading (its wording lives
   * in the template); the date is the provenance date, so the PDF never reads the clock.
   */
  static PdfSettings settings(BriefView view, Paper paper, List<Path> fonts, Path folder) {
    String name = view.persona().displayName();
    return new PdfSettings(
        paper,
        null,
        name,
        view.motion().text(),
        view.glance().stances().stream().map(StanceCountView::label).toList(),
        "Podium " + view.provenance().version(),
        name,
        view.motion().shortName(),
        LocalDate.parse(view.provenance().asOf()),
        fonts,
        folder,
        Map.of());
  }

  /** Settings for a panel pack's PDF: the speakers are its authors, the motion its subject. */
  static PdfSettings settings(PanelView view, Paper paper, List<Path> fonts, Path folder) {
    String speakers =
        String.join(
            "; ", view.speakers().stream().map(s -> s.brief().persona().displayName()).toList());
    return new PdfSettings(
        paper,
        null,
        speakers,
        view.motion().text(),
        view.stances().stream().map(PanelView.ClashRowView::label).toList(),
        "Podium " + view.provenance().version(),
        speakers,
        view.motion().shortName(),
        LocalDate.parse(view.provenance().asOf()),
        fonts,
        folder,
        Map.of());
  }

  /** {@code moderator.md:12:5: warning: no font has '中' (U+4E2D); the PDF shows � ...}. */
  static String warning(MissingGlyph glyph, Path markdown, Path pdf) {
    String what = "no font has '" + glyph.character() + "' (" + glyph.codePointLabel() + ")";
    String fix = "; the PDF shows \uFFFD instead (add a font that has it with --font FILE)";
    if (glyph.inHeader()) {
      return pdf + ": warning: " + what + " in the running header" + fix;
    }
    return markdown + ":" + glyph.line() + ":" + glyph.column() + ": warning: " + what + fix;
  }

  /** The typesetter's error, located in the Markdown when it has a place there. */
  static String error(TypesetException e, Path markdown) {
    if (e.line() == 0) {
      return "podium: " + e.getMessage();
    }
    return markdown + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
  }
}

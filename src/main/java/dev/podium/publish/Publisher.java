package dev.podium.publish;

import dev.podium.assemble.BriefAssembler;
import dev.podium.assemble.BriefRequest;
import dev.podium.assemble.BriefView;
import dev.podium.assemble.PanelAssembler;
import dev.podium.assemble.PanelView;
import dev.podium.chart.Chart;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.render.BriefRenderer;
import dev.podium.render.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way to make documents: load and check the seeds, assemble the view, render the Markdown
 * and its charts, then write every requested format. It returns the files and what to report; a
 * failure anywhere returns no files at all, so a run writes everything or nothing. Commands,
 * benchmarks and tests all come through here.
 */
public final class Publisher {
  /** The evidence profile chart, beside the briefs that show it; one per persona and motion. */
  public static final String PROFILE_CHART = "evidence-profile.svg";

  /** The clash grid beside a panel pack, after the pack's name. */
  public static final String GRID_CHART = "-clash-grid.svg";

  /** The panel pack's template. */
  public static final String PANEL_TEMPLATE = "panel";

  /** The kind whose brief must fit one page. */
  private static final String HANDOUT = "handout";

  /** The language every built-in template writes in. */
  static final String LANGUAGE = "en";

  private final String version;
  private final PublishSettings settings;

  public Publisher(String version, PublishSettings settings) {
    this.version = version;
    this.settings = settings;
  }

  /** One persona's briefs on one motion, in every kind the order asks for. */
  public Publication brief(SeedsDirectory dir, BriefOrder order) throws IOException {
    Output out = new Output();
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(dir).load(order.persona(), order.motionFile(), diagnostics);
    out.report(new Report.Checked(diagnostics));
    if (dossier == null) {
      out.error("podium: " + diagnostics.counts() + "; no brief written");
      return out.finish(false);
    }
    BriefRenderer renderer = new BriefRenderer(settings.templates());
    for (String kind : order.kinds()) {
      order.started().accept(order.persona() + "/" + dossier.motion().id() + "/" + kind);
      String profileChart = settings.charts() ? PROFILE_CHART : null;
      BriefRequest request =
          new BriefRequest(kind, order.style(), order.date(), order.side(), profileChart);
      Path markdownFile =
          settings.out().resolve(order.persona(), dossier.motion().id(), kind + ".md");
      ChartGlyphs glyphs = new ChartGlyphs(settings.format().fonts());
      BriefView view;
      String markdown;
      Map<String, Chart> charts;
      try {
        while (true) {
          view = new BriefAssembler(version).assemble(dossier, request);
          markdown = renderer.render(kind, view);
          charts = DocumentCharts.of(view, renderer, glyphs);
          // A handout is one page: what overflows it is left out, a reading line at a time.
          if (!kind.equals(HANDOUT)
              || request.handoutTrim() >= HandoutFit.MOST_TRIMS
              || HandoutFit.onOnePage(
                  new Document(markdownFile, markdown, charts, metadata(view)),
                  settings.format())) {
            break;
          }
          request = request.trimmedHandout();
        }
      } catch (TemplateException e) {
        out.error(e.format());
        out.error("podium: template error; no brief written");
        return out.finish(false);
      }
      glyphs.warnings(markdownFile).forEach(out::warning);
      if (!writeFormats(new Document(markdownFile, markdown, charts, metadata(view)), out)) {
        return out.finish(false);
      }
    }
    return out.finish(true);
  }

  /** A panel pack: the speakers side by side on one motion, with the grid of where they clash. */
  public Publication panel(SeedsDirectory dir, PanelOrder order) throws IOException {
    Output out = new Output();
    Diagnostics diagnostics = new Diagnostics();
    DossierLoader loader = new DossierLoader(dir);
    List<Dossier> dossiers = new ArrayList<>();
    for (String id : order.personas()) {
      dossiers.add(loader.load(id, order.motionFile(), diagnostics));
    }
    out.report(new Report.Checked(diagnostics));
    if (diagnostics.hasErrors()) {
      out.error("podium: " + diagnostics.counts() + "; no panel written");
      return out.finish(false);
    }
    String name = String.join("_", order.personas());
    String gridFile = settings.charts() ? name + GRID_CHART : null;
    PanelView view =
        new PanelAssembler(version).assemble(dossiers, order.style(), order.date(), gridFile);
    BriefRenderer renderer = new BriefRenderer(settings.templates());
    ChartGlyphs glyphs = new ChartGlyphs(settings.format().fonts());
    String markdown;
    Map<String, Chart> charts;
    try {
      markdown = renderer.render(PANEL_TEMPLATE, view);
      charts = DocumentCharts.of(view, renderer, glyphs);
    } catch (TemplateException e) {
      out.error(e.format());
      out.error("podium: template error; no panel written");
      return out.finish(false);
    }
    Path target = settings.out().resolve("panels", dossiers.get(0).motion().id(), name + ".md");
    glyphs.warnings(target).forEach(out::warning);
    boolean ok = writeFormats(new Document(target, markdown, charts, metadata(view)), out);
    return out.finish(ok);
  }

  private boolean writeFormats(Document document, Output out) {
    for (Format format : settings.formats()) {
      if (!format.write(document, settings.format(), out)) {
        return false;
      }
    }
    return true;
  }

  /** A brief is about its speaker, for its motion; its keywords are the stances it covers. */
  private DocumentMetadata metadata(BriefView view) {
    return new DocumentMetadata(
        view.persona().displayName(),
        view.motion().text(),
        view.motion().shortName(),
        view.glance().stances().stream().map(BriefView.StanceCountView::label).toList(),
        "Podium " + view.provenance().version(),
        view.provenance().asOf(),
        LANGUAGE);
  }

  /** A panel pack is about its speakers, for the motion; its keywords are the stances compared. */
  private DocumentMetadata metadata(PanelView view) {
    String speakers =
        String.join(
            "; ", view.speakers().stream().map(s -> s.brief().persona().displayName()).toList());
    return new DocumentMetadata(
        speakers,
        view.motion().text(),
        view.motion().shortName(),
        view.stances().stream().map(PanelView.ClashRowView::label).toList(),
        "Podium " + view.provenance().version(),
        view.provenance().asOf(),
        LANGUAGE);
  }
}

package dev.podium.cli;

import dev.podium.assemble.CitationStyle;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium panel}: one document for a moderator with several speakers on one motion. */
@Command(
    name = "panel",
    description = "Write a panel pack to OUT/panels/MOTION/PERSONA_PERSONA….md and .pdf.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class PanelCommand implements Callable<Integer> {
  /** The template a panel pack is rendered with. */
  static final String TEMPLATE = "panel";

  /** The clash grid chart of {@code NAME.md} is {@code NAME-clash-grid.svg}. */
  static final String GRID_CHART = "-clash-grid.svg";

  @Spec CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "PERSONA", description = "Two or more persona ids.")
  List<String> personas;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Measure recency from this date (default: each speaker's newest evidence).")
  LocalDate date;

  @Mixin DocumentOptions document;
  @Mixin MotionOption motion;
  @Mixin StyleOption style;
  @Mixin SeedsOption seeds;
  @Mixin TemplatesOption templates;
  @Mixin WatchOption watch;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    var citationStyle = style.resolve();
    document.validate();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(personas));
    if (ids.size() < 2) {
      throw new UsageException("a panel needs two different personas");
    }
    if (watch.enabled) {
      SeedsDirectory dir = seeds.resolveToWatch();
      return watch.run(spec, dir, templates, document.outDir, written -> build(dir, ids, citationStyle, console, written));
    }
    return build(seeds.resolve(), ids, citationStyle, console, console::wrote);
  }

  /** One run: the panel pack, written and reported file by file; returns the exit code. */
  private int build(
      SeedsDirectory dir, List<String> ids, CitationStyle citationStyle, Console console, Consumer<WrittenFile> written)
      throws IOException {
    ids.forEach(id -> Choices.choose("persona", id, dir.personaIds(), dir));
    Path motionFile = motion.resolve(dir);

    Diagnostics diagnostics = new Diagnostics();
    DossierLoader loader = new DossierLoader(dir);
    List<Dossier> dossiers = new ArrayList<>();
    for (String id : ids) {
      dossiers.add(loader.load(id, motionFile, diagnostics));
    }
    console.errorsOf(diagnostics);
    if (diagnostics.hasErrors()) {
      console.error("podium: " + Console.count(diagnostics) + "; no panel written");
      return ExitCode.BAD_INPUT.value();
    }
    String name = String.join("_", ids);
    String gridFile = document.charts() ? name + GRID_CHART : null;
    PanelView view =
        new PanelAssembler(Version.get()).assemble(dossiers, citationStyle, date, gridFile);
    BriefRenderer renderer = new BriefRenderer(templates.resolve());
    String markdown;
    Map<String, Chart> charts;
    ChartGlyphs glyphs = new ChartGlyphs(document.fonts);
    try {
      markdown = renderer.render(TEMPLATE, view);
      charts = DocumentCharts.of(view, renderer, glyphs);
    } catch (TemplateException e) {
      console.error(e.format());
      console.error("podium: template error; no panel written");
      return ExitCode.BAD_INPUT.value();
    }
    Path target =
        new OutputFolder(document.outDir).resolve("panels", dossiers.get(0).motion().id(), name + ".md");
    glyphs.warnings(target).forEach(console::warning);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (!document.add(
        files,
        target,
        markdown,
        charts,
        paper -> BriefPdf.settings(view, paper, document.fonts, target.getParent()),
        console)) {
      return ExitCode.BAD_INPUT.value();
    }
    AtomicFiles.write(files);
    files.forEach((path, bytes) -> written.accept(new WrittenFile(path, bytes.length)));
    return ExitCode.OK.value();
  }
}

package dev.podium.cli;

import dev.podium.assemble.BriefAssembler;
import dev.podium.assemble.BriefKind;
import dev.podium.assemble.BriefRequest;
import dev.podium.assemble.BriefView;
import dev.podium.assemble.CitationStyle;
import dev.podium.chart.Chart;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Side;
import dev.podium.render.BriefRenderer;
import dev.podium.render.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code podium brief}: loads, checks, assembles and renders one brief, then writes it. */
@Command(
    name = "brief",
    description = "Write a speaker brief to OUT/PERSONA/MOTION/KIND.md.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class BriefCommand implements Callable<Integer> {
  /**
   * The evidence profile chart, beside the briefs that show it. It depends on the persona's
   * evidence only, so every kind of brief on a motion shares one file.
   */
  static final String PROFILE_CHART = "evidence-profile.svg";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PERSONA",
      description = "Persona id (default: the first persona in the seeds).")
  String persona;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "moderator",
      description =
          "Kind of brief: moderator, opponent, handout, all, or the name of your own template"
              + " KIND.md.mustache (default: ${DEFAULT-VALUE}).")
  String kind;


  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "briefs",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--all",
      description = "Brief every persona on every motion, in every kind, using all cores.")
  boolean all;

  @Option(
      names = "--side",
      paramLabel = "SIDE",
      description = "Override the predicted side: for or against.")
  String side;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Measure recency from this date (default: the newest evidence date).")
  LocalDate date;

  @Mixin DocumentOptions document;
  @Mixin MotionOption motion;
  @Mixin StyleOption style;
  @Mixin SeedsOption seeds;
  @Mixin TemplatesOption templates;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    document.validate();
    Choices.requireId("kind", kind);
    // Usage mistakes are reported before any file is read.
    CitationStyle citationStyle = style.resolve();
    Side override = sideOverride();
    SeedsDirectory dir = seeds.resolve();
    if (all) {
      if (persona != null || motion.motion != null) {
        throw new UsageException("--all briefs every persona on every motion; leave out PERSONA and --motion");
      }
      return batch(dir, citationStyle, override, out, err);
    }
    String personaId = Choices.choose("persona", persona, dir.personaIds(), dir);
    Path motionFile = motion.resolve(dir);
    Map<Path, byte[]> files = brief(dir, personaId, motionFile, kinds(), citationStyle, override, err);
    if (files == null) {
      return ExitCode.BAD_INPUT.value();
    }
    AtomicFiles.write(files);
    files.keySet().forEach(file -> out.println("wrote " + file));
    return ExitCode.OK.value();
  }

  /**
   * Every persona on every motion, every built-in kind, spread over the machine's cores. Each
   * brief is all-or-nothing on its own; the messages come out in persona and motion order.
   */
  private int batch(SeedsDirectory dir, CitationStyle citationStyle, Side override, PrintWriter out, PrintWriter err)
      throws IOException {
    record Job(String persona, String motion) {}
    record Result(Map<Path, byte[]> files, String messages) {}
    List<Job> jobs = new java.util.ArrayList<>();
    for (String p : dir.personaIds()) {
      for (String m : dir.motionIds()) {
        jobs.add(new Job(p, m));
      }
    }
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<Result>> futures = new java.util.ArrayList<>();
    try {
      for (Job job : jobs) {
        futures.add(pool.submit(() -> {
          java.io.StringWriter messages = new java.io.StringWriter();
          PrintWriter jobErr = new PrintWriter(messages);
          Map<Path, byte[]> files =
              brief(dir, job.persona(), dir.motion(job.motion()), BriefKind.ALL, citationStyle, override, jobErr);
          jobErr.flush();
          return new Result(files, messages.toString());
        }));
      }
      int failed = 0;
      int written = 0;
      for (java.util.concurrent.Future<Result> future : futures) {
        Result result = future.get();
        err.print(result.messages());
        if (result.files() == null) {
          failed++;
          continue;
        }
        AtomicFiles.write(result.files());
        result.files().keySet().forEach(file -> out.println("wrote " + file));
        written++;
      }
      out.println("podium: " + written + " of " + jobs.size() + " persona-motion briefs written");
      return failed == 0 ? ExitCode.OK.value() : ExitCode.BAD_INPUT.value();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The files of one persona's briefs on one motion, rendered and typeset but not written; null
   * after reporting why when any of them cannot be made.
   */
  private Map<Path, byte[]> brief(
      SeedsDirectory dir,
      String personaId,
      Path motionFile,
      List<String> kinds,
      CitationStyle citationStyle,
      Side override,
      PrintWriter err)
      throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(dir).load(personaId, motionFile, diagnostics);
    DiagnosticsPrinter.printErrors(diagnostics, err);
    if (dossier == null) {
      err.println("podium: " + DiagnosticsPrinter.count(diagnostics) + "; no brief written");
      return null;
    }
    // Every kind is rendered and typeset before anything is written: one failure writes nothing.
    Map<Path, byte[]> files = new LinkedHashMap<>();
    BriefRenderer renderer = new BriefRenderer(templates.resolve());
    for (String k : kinds) {
      String profileChart = document.charts() ? PROFILE_CHART : null;
      BriefView view =
          new BriefAssembler(Version.get())
              .assemble(dossier, new BriefRequest(k, citationStyle, date, override, profileChart));
      Path markdownFile = new OutputFolder(outDir).resolve(personaId, dossier.motion().id(), k + ".md");
      String markdown;
      Map<String, Chart> charts;
      try {
        markdown = renderer.render(k, view);
        charts = DocumentCharts.of(view, renderer);
      } catch (TemplateException e) {
        err.println(e.format());
        err.println("podium: template error; no brief written");
        return null;
      }
      Path folder = markdownFile.getParent();
      if (!document.add(
          files,
          markdownFile,
          markdown,
          charts,
          paper -> BriefPdf.settings(view, paper, document.fonts, folder),
          err)) {
        return null;
      }
    }
    return files;
  }

  /** The kinds to write: the one asked for, or every built-in kind for {@code all}. */
  private List<String> kinds() {
    return kind.equals("all") ? BriefKind.ALL : List.of(kind);
  }

  private Side sideOverride() {
    if (side == null) {
      return null;
    }
    return switch (side) {
      case "for" -> Side.FOR;
      case "against" -> Side.AGAINST;
      default -> throw new UsageException("--side takes for or against, not '" + side + "'");
    };
  }
}

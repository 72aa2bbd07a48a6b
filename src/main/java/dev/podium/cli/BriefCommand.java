package dev.podium.cli;

import dev.podium.assemble.BriefAssembler;
import dev.podium.assemble.BriefView;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.Ids;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.render.BriefRenderer;
import dev.podium.render.TemplateException;
import dev.podium.typeset.Paper;
import dev.podium.typeset.PdfSettings;
import dev.podium.typeset.PdfTypesetter;
import dev.podium.typeset.TypesetException;
import dev.podium.typeset.TypesetResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * {@code podium brief}: loads, checks, assembles and renders one brief, typesets it as PDF, then
 * writes the files asked for, all or none.
 */
@Command(
    name = "brief",
    description = "Write a speaker brief to OUT/PERSONA/MOTION/KIND.md and KIND.pdf.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class BriefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PERSONA",
      description = "Persona id (default: the first persona in the seeds).")
  String persona;

  @Option(
      names = "--motion",
      paramLabel = "ID",
      description = "Motion id (default: the first motion in the seeds).")
  String motion;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "moderator",
      description = "Kind of brief: moderator (default: ${DEFAULT-VALUE}).")
  String kind;

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
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "briefs",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Measure recency from this date (default: the newest evidence date).")
  LocalDate date;

  @Mixin SeedsOption seeds;
  @Mixin TemplatesOption templates;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputFormat outputs = OutputFormat.parse(format);
    Paper paperSize = paperSize();
    requireFonts();
    requireId("kind", kind);
    SeedsDirectory dir = seeds.resolve();
    String personaId = choose("persona", persona, dir.personaIds(), dir);
    String motionId = choose("motion", motion, dir.motionIds(), dir);

    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(dir).load(personaId, motionId, diagnostics);
    DiagnosticsPrinter.print(diagnostics, err);
    if (dossier == null) {
      err.println("podium: " + DiagnosticsPrinter.count(diagnostics) + "; no brief written");
      return ExitCode.BAD_INPUT.value();
    }
    BriefView view = new BriefAssembler(Version.get()).assemble(dossier, kind, date);
    String markdown;
    try {
      markdown = new BriefRenderer(templates.resolve()).render(kind, view);
    } catch (TemplateException e) {
      err.println(e.format());
      err.println("podium: template error; no brief written");
      return ExitCode.BAD_INPUT.value();
    }
    Path folder = outDir.resolve(personaId).resolve(motionId);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (outputs.markdown()) {
      files.put(folder.resolve(kind + ".md"), markdown.getBytes(StandardCharsets.UTF_8));
    }
    if (outputs.pdf()) {
      byte[] pdf = typeset(markdown, view, folder, paperSize, err);
      if (pdf == null) {
        return ExitCode.BAD_INPUT.value();
      }
      files.put(folder.resolve(kind + ".pdf"), pdf);
    }
    AtomicFiles.write(files);
    files.keySet().forEach(file -> out.println("wrote " + file));
    return ExitCode.OK.value();
  }

  /** The PDF of the brief, with warnings for missing glyphs; null after reporting an error. */
  private byte[] typeset(
      String markdown, BriefView view, Path folder, Paper paperSize, PrintWriter err) {
    Path markdownFile = folder.resolve(kind + ".md");
    Path pdfFile = folder.resolve(kind + ".pdf");
    TypesetResult result;
    try {
      PdfSettings settings = BriefPdf.settings(view, paperSize, fonts, folder);
      result = new PdfTypesetter().typeset(markdown, settings);
    } catch (TypesetException e) {
      err.println(BriefPdf.error(e, markdownFile));
      err.println("podium: cannot typeset the PDF; no brief written");
      return null;
    }
    result.missingGlyphs().forEach(g -> err.println(BriefPdf.warning(g, markdownFile, pdfFile)));
    return result.pdf();
  }

  private Paper paperSize() {
    Paper paperSize = Paper.parse(paper);
    if (paperSize == null) {
      throw new UsageException("unknown paper '" + paper + "'; use " + Paper.names());
    }
    return paperSize;
  }

  private void requireFonts() {
    for (Path font : fonts) {
      if (!Files.isRegularFile(font)) {
        throw new UsageException("font file '" + font + "' not found");
      }
    }
  }

  private static String choose(String what, String given, List<String> known, SeedsDirectory dir) {
    if (given == null) {
      if (known.isEmpty()) {
        throw new UsageException("no " + what + " in " + dir.displayPrefix());
      }
      return known.get(0);
    }
    requireId(what, given);
    if (!known.contains(given)) {
      throw new UsageException(
          "unknown " + what + " '" + given + "'; known: " + String.join(", ", known));
    }
    return given;
  }

  private static void requireId(String what, String id) {
    if (!Ids.isValid(id)) {
      throw new UsageException("bad " + what + " '" + id + "': " + Ids.rule());
    }
  }
}

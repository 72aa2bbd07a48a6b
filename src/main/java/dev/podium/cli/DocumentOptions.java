package dev.podium.cli;

import dev.podium.publish.Format;
import dev.podium.publish.FormatSettings;
import dev.podium.publish.Formats;
import dev.podium.publish.OutputPaths;
import dev.podium.publish.PublishSettings;
import dev.podium.render.TemplateSource;
import dev.podium.typeset.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options shared by {@code brief} and {@code panel}: where to write (a folder, one file
 * with {@code -o FILE}, or standard output with {@code -o -}), which formats, whether to draw
 * charts, the paper (of the PDF, and of the HTML in print) and the fallback fonts of the PDF.
 */
final class DocumentOptions {
  /** What {@code -o} takes to mean standard output. */
  static final String STDOUT = "-";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "briefs",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the one document to FILE, in the format its extension names (.md, .pdf, …);"
              + " '-' writes Markdown (or HTML with --format html) to standard output.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT[,FORMAT…]",
      defaultValue = "md,pdf",
      completionCandidates = FormatNames.class,
      description =
          "Output formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      defaultValue = "a4",
      completionCandidates = PaperNames.class,
      description =
          "Paper size of the PDF, the DOCX and the HTML when printed: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}).")
  Paper paper;

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

  /** The format names {@code --format} completes to: each format, and {@code all}. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(Formats.ids().stream(), Stream.of("all")).iterator();
    }
  }

  /** The paper names {@code --paper} takes, as they are written: a4, letter. */
  static final class PaperNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(Paper.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }

  /** Checks the options before any file is read, so usage mistakes come first. */
  void validate(CommandSpec spec) {
    if (outDir.toString().equals(STDOUT)) {
      throw new UsageException("--out takes a folder; to write to standard output, use -o -");
    }
    formats(spec);
    for (Path font : fonts) {
      if (!Files.isRegularFile(font)) {
        throw new UsageException("font file '" + font + "' not found");
      }
    }
  }

  /** Whether the one document goes to standard output. */
  boolean toStdout() {
    return STDOUT.equals(output);
  }

  /** Whether the run makes one document named by {@code -o}. */
  boolean toOneFile() {
    return output != null && !toStdout();
  }

  /**
   * The formats to write. With {@code -o FILE} the file's extension decides; with {@code -o -} the
   * one format asked for, which must be text (Markdown unless {@code --format} says otherwise).
   */
  List<Format> formats(CommandSpec spec) {
    if (toOneFile()) {
      Format byName = Formats.byExtension(Path.of(output).getFileName().toString());
      if (byName == null) {
        throw new UsageException(
            "cannot tell the format of '"
                + output
                + "'; end it in "
                + String.join(", ", extensions()));
      }
      return List.of(byName);
    }
    boolean chosen = spec.commandLine().getParseResult().hasMatchedOption("--format");
    List<Format> formats = parse(toStdout() && !chosen ? "md" : format);
    if (toStdout() && (formats.size() != 1 || !formats.get(0).streamable())) {
      throw new UsageException(
          "-o - writes one text document to standard output; use --format with one of "
              + String.join(
                  ", ",
                  Formats.all().stream().filter(Format::streamable).map(Format::id).toList()));
    }
    return formats;
  }

  private static List<Format> parse(String list) {
    try {
      return Formats.parse(list);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "unknown format '"
              + e.getMessage()
              + "'; use "
              + String.join(", ", Formats.ids())
              + " or all"
              + Choices.hint(e.getMessage(), Formats.ids()));
    }
  }

  private static List<String> extensions() {
    return Formats.all().stream().map(Format::extension).toList();
  }

  /** Whether documents show their charts: not when Markdown goes to standard output alone. */
  boolean charts(CommandSpec spec) {
    return !noCharts && !(toStdout() && formats(spec).get(0).id().equals("md"));
  }

  Paper paperSize() {
    return paper;
  }

  /**
   * How the publisher writes for this run. Files go inside {@code --out}; with {@code -o FILE} the
   * one document's files go beside FILE under its name; with {@code -o -} they are kept in memory
   * for standard output.
   */
  PublishSettings settings(CommandSpec spec, TemplateSource templates) {
    return new PublishSettings(
        paths(), formats(spec), new FormatSettings(paperSize(), fonts), charts(spec), templates);
  }

  private OutputPaths paths() {
    if (toStdout()) {
      return parts -> Path.of(parts[parts.length - 1]);
    }
    if (toOneFile()) {
      Path file = Path.of(output);
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      Path markdown = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".md");
      return parts -> markdown;
    }
    OutputFolder folder = new OutputFolder(outDir);
    return folder::resolve;
  }
}

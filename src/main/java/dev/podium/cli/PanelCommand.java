package dev.podium.cli;

import dev.podium.assemble.CitationStyle;
import dev.podium.load.SeedsDirectory;
import dev.podium.publish.PanelOrder;
import dev.podium.publish.Publication;
import dev.podium.publish.Publisher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
  @Spec CommandSpec spec;

  // One id is accepted here so that the command, not picocli, says what a panel needs.
  @Parameters(arity = "1..*", paramLabel = "PERSONA", description = "Two or more persona ids.")
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
    document.validate(spec);
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(personas));
    if (ids.size() < 2) {
      throw new UsageException(
          "a panel needs at least two different personas, got "
              + ids.size()
              + " ('"
              + String.join("', '", ids)
              + "'); for one speaker, use podium brief");
    }
    if (document.toStdout() && watch.enabled) {
      throw new UsageException("-o - writes once to standard output; leave out --watch");
    }
    if (watch.enabled) {
      SeedsDirectory dir = seeds.resolveToWatch();
      return watch.run(
          spec,
          dir,
          templates,
          document.outDir,
          written -> build(dir, ids, citationStyle, console, written));
    }
    return build(seeds.resolve(), ids, citationStyle, console, console::wrote);
  }

  /** One run: the panel pack, written and reported file by file; returns the exit code. */
  private int build(
      SeedsDirectory dir,
      List<String> ids,
      CitationStyle citationStyle,
      Console console,
      Consumer<WrittenFile> written)
      throws IOException {
    ids.forEach(id -> Choices.choose("persona", id, dir.personaIds(), dir));
    Path motionFile = motion.resolve(dir);
    Publication publication =
        new Publisher(Version.get(), document.settings(spec, templates.resolve()))
            .panel(dir, new PanelOrder(ids, motionFile, citationStyle, date));
    Reports.replay(publication, console);
    if (!publication.ok()) {
      return ExitCode.BAD_INPUT.value();
    }
    if (document.toStdout()) {
      Reports.toStdout(publication, spec);
      return ExitCode.OK.value();
    }
    AtomicFiles.write(publication.files());
    publication
        .files()
        .forEach((path, bytes) -> written.accept(new WrittenFile(path, bytes.length)));
    return ExitCode.OK.value();
  }
}

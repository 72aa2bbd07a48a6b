package dev.podium.cli;

import dev.podium.assemble.CitationStyle;
import dev.podium.load.SeedsDirectory;
import dev.podium.publish.BriefOrder;
import dev.podium.publish.Format;
import dev.podium.publish.FormatSettings;
import dev.podium.publish.Formats;
import dev.podium.publish.Kinds;
import dev.podium.publish.Publication;
import dev.podium.publish.PublishSettings;
import dev.podium.publish.Publisher;
import dev.podium.typeset.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium preview}: builds a brief as HTML, serves it to a browser on this machine, and
 * rebuilds and reloads the page on every change to the seeds or templates, until Ctrl-C.
 */
@Command(
    name = "preview",
    description =
        "Build a brief as HTML, serve it on 127.0.0.1 at a free port, and reload the page in the"
            + " browser whenever a seed or template changes. Ctrl-C stops.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class PreviewCommand implements Callable<Integer> {
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
      completionCandidates = BriefCommand.KindNames.class,
      description = "Kind of brief to preview (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "briefs",
      description = "Folder the HTML is written to and served from (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Port on 127.0.0.1 to serve at (default: a free one, printed).")
  int port;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Measure recency from this date (default: the newest evidence date).")
  LocalDate date;

  @Mixin MotionOption motion;
  @Mixin StyleOption style;
  @Mixin SeedsOption seeds;
  @Mixin TemplatesOption templates;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    Choices.requireId("kind", kind);
    if (kind.equals(Kinds.ALL) || !Kinds.exists(kind, templates.resolve())) {
      throw new UsageException(
          "preview shows one kind: moderator, opponent, handout or your own template's name"
              + Kinds.hint(kind));
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port takes 0 (a free port) to 65535, not " + port);
    }
    CitationStyle citationStyle = style.resolve();
    SeedsDirectory dir = seeds.resolveToWatch();
    String personaId = Choices.choose("persona", persona, dir.personaIds(), dir);
    Path motionFile = motion.resolve(dir);
    String motionId = motionId(motionFile);
    Format html = Formats.byId("html");
    Publisher publisher =
        new Publisher(
            Version.get(),
            new PublishSettings(
                new OutputFolder(outDir)::resolve,
                List.of(html),
                new FormatSettings(Paper.A4, List.of()),
                true,
                templates.resolve()));
    Path page = Path.of(personaId, motionId, kind + html.extension());
    try (PreviewServer server = new PreviewServer(outDir, page, port)) {
      console.info("preview: " + server.address() + " (Ctrl-C stops)");
      WatchLoop.Build build =
          written ->
              once(publisher, dir, personaId, motionFile, citationStyle, console, written, server);
      return new WatchOption().run(spec, dir, templates, outDir, build);
    }
  }

  /** One build: the HTML written, then every open page told to reload. */
  private int once(
      Publisher publisher,
      SeedsDirectory dir,
      String personaId,
      Path motionFile,
      CitationStyle citationStyle,
      Console console,
      Consumer<WrittenFile> written,
      PreviewServer server)
      throws IOException {
    Publication publication =
        publisher.brief(
            dir,
            new BriefOrder(
                personaId, motionFile, List.of(kind), citationStyle, date, null, what -> {}));
    Reports.replay(publication, console);
    if (!publication.ok()) {
      return ExitCode.BAD_INPUT.value();
    }
    AtomicFiles.write(publication.files());
    publication
        .files()
        .forEach((path, bytes) -> written.accept(new WrittenFile(path, bytes.length)));
    server.reload();
    return ExitCode.OK.value();
  }

  /** A motion file is named after its id. */
  private static String motionId(Path motionFile) {
    String name = motionFile.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}

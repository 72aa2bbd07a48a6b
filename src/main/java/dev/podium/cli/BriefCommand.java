package dev.podium.cli;

import dev.podium.assemble.BriefKind;
import dev.podium.assemble.CitationStyle;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Side;
import dev.podium.publish.BriefOrder;
import dev.podium.publish.Kinds;
import dev.podium.publish.Publication;
import dev.podium.publish.Publisher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium brief}: asks the publisher for the briefs, reports, and writes them. */
@Command(
    name = "brief",
    description = "Write a speaker brief to OUT/PERSONA/MOTION/KIND.md.",
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
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "moderator",
      completionCandidates = KindNames.class,
      description =
          "Kind of brief: moderator, opponent, handout, all, or the name of your own template"
              + " KIND.md.mustache (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(
      names = "--all",
      description = "Brief every persona on every motion, in every kind, using all cores.")
  boolean all;

  @Option(
      names = "--side",
      paramLabel = "SIDE",
      description = "Override the predicted side: ${COMPLETION-CANDIDATES}.")
  SideChoice side;

  /** The sides a brief can be prepared for; neutral is predicted, never chosen. */
  enum SideChoice {
    FOR(Side.FOR),
    AGAINST(Side.AGAINST);

    private final Side side;

    SideChoice(Side side) {
      this.side = side;
    }

    /** As written on the command line and offered by completion. */
    @Override
    public String toString() {
      return side.id();
    }
  }

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Measure recency from this date (default: the newest evidence date).")
  LocalDate date;

  /** The kinds {@code --kind} completes to. */
  static final class KindNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Kinds.names().iterator();
    }
  }

  @Mixin DocumentOptions document;
  @Mixin MotionOption motion;
  @Mixin StyleOption style;
  @Mixin SeedsOption seeds;
  @Mixin TemplatesOption templates;
  @Mixin WatchOption watch;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    document.validate(spec);
    Choices.requireId("kind", kind);
    if (!kind.equals(Kinds.ALL) && !Kinds.exists(kind, templates.resolve())) {
      throw new UsageException(
          "unknown kind '"
              + kind
              + "'; use moderator, opponent, handout, all or the name of your own template"
              + " KIND.md.mustache"
              + Kinds.hint(kind));
    }
    // Usage mistakes are reported before any file is read.
    CitationStyle citationStyle = style.resolve();
    Side override = sideOverride();
    // A motion from the environment or podium.yaml is a default, which --all may override.
    boolean motionGiven = spec.commandLine().getParseResult().hasMatchedOption("--motion");
    if (all && (persona != null || motionGiven)) {
      throw new UsageException(
          "--all briefs every persona on every motion; leave out PERSONA and --motion");
    }
    if (document.output != null && (all || kinds().size() > 1)) {
      throw new UsageException("-o writes one document; choose one --kind and leave out --all");
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
          written -> build(dir, citationStyle, override, console, written));
    }
    return build(seeds.resolve(), citationStyle, override, console, console::wrote);
  }

  /** One run: the briefs asked for, written and reported file by file; returns the exit code. */
  private int build(
      SeedsDirectory dir,
      CitationStyle citationStyle,
      Side override,
      Console console,
      Consumer<WrittenFile> written)
      throws IOException {
    if (all) {
      return batch(dir, citationStyle, override, console, written);
    }
    String personaId = Choices.choose("persona", persona, dir.personaIds(), dir);
    Path motionFile = motion.resolve(dir);
    Progress progress = new Progress(kinds().size() > 1 ? kinds().size() : 0);
    Publication publication =
        publisher()
            .brief(
                dir,
                order(personaId, motionFile, kinds(), citationStyle, override, console, progress));
    Reports.replay(publication, console);
    if (!publication.ok()) {
      return ExitCode.BAD_INPUT.value();
    }
    if (document.toStdout()) {
      Reports.toStdout(publication, spec);
      return ExitCode.OK.value();
    }
    AtomicFiles.write(publication.files());
    report(publication.files(), written);
    return ExitCode.OK.value();
  }

  private Publisher publisher() {
    return new Publisher(Version.get(), document.settings(spec, templates.resolve()));
  }

  private BriefOrder order(
      String personaId,
      Path motionFile,
      List<String> kinds,
      CitationStyle citationStyle,
      Side override,
      Console console,
      Progress progress) {
    return new BriefOrder(
        personaId,
        motionFile,
        kinds,
        citationStyle,
        date,
        override,
        what -> progress.start(console, what));
  }

  /**
   * Every persona on every motion, every built-in kind, spread over the machine's cores. Each brief
   * is all-or-nothing on its own; the messages come out in persona and motion order.
   */
  private int batch(
      SeedsDirectory dir,
      CitationStyle citationStyle,
      Side override,
      Console console,
      Consumer<WrittenFile> written)
      throws IOException {
    record Job(String persona, String motion, Console console) {}
    List<Job> jobs = new ArrayList<>();
    for (String p : dir.personaIds()) {
      for (String m : dir.motionIds()) {
        jobs.add(new Job(p, m, console.deferred()));
      }
    }
    Progress progress = new Progress(jobs.size() * BriefKind.ALL.size());
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Publication>> futures = new ArrayList<>();
    Publisher publisher = publisher();
    try {
      for (Job job : jobs) {
        futures.add(
            pool.submit(
                () ->
                    publisher.brief(
                        dir,
                        order(
                            job.persona(),
                            dir.motion(job.motion()),
                            BriefKind.ALL,
                            citationStyle,
                            override,
                            job.console(),
                            progress))));
      }
      // The run is one unit: every brief is made before any is written, and one that fails
      // means none is, so the folder never holds half of a run.
      Map<Path, byte[]> files = new LinkedHashMap<>();
      int failed = 0;
      for (int i = 0; i < jobs.size(); i++) {
        Publication publication = futures.get(i).get();
        Reports.replay(publication, jobs.get(i).console());
        jobs.get(i).console().replay();
        if (publication.ok()) {
          files.putAll(publication.files());
        } else {
          failed++;
        }
      }
      if (failed > 0) {
        console.error(
            "podium: "
                + failed
                + " of "
                + jobs.size()
                + " persona-motion briefs failed; nothing"
                + " written");
        return ExitCode.BAD_INPUT.value();
      }
      AtomicFiles.write(files);
      report(files, written);
      if (!watch.enabled) {
        console.info(
            "podium: " + jobs.size() + " of " + jobs.size() + " persona-motion briefs written");
      }
      return ExitCode.OK.value();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(Map<Path, byte[]> files, Consumer<WrittenFile> written) {
    files.forEach((path, bytes) -> written.accept(new WrittenFile(path, bytes.length)));
  }

  /** Counts briefs as they are started, for the progress line of a run with several. */
  private record Progress(int total, AtomicInteger started) {
    Progress(int total) {
      this(total, new AtomicInteger());
    }

    /** Shows the brief being made; nothing when there is only one. */
    void start(Console jobConsole, String what) {
      if (total > 0) {
        jobConsole.progress(started.incrementAndGet(), total, what);
      }
    }
  }

  /** The kinds to write: the one asked for, or every built-in kind for {@code all}. */
  private List<String> kinds() {
    return kind.equals(Kinds.ALL) ? BriefKind.ALL : List.of(kind);
  }

  private Side sideOverride() {
    return side == null ? null : side.side;
  }
}

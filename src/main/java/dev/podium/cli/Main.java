package dev.podium.cli;

import dev.podium.load.Diagnostics;
import dev.podium.load.ProjectFile;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Podium's command line. Only {@link #main} exits; {@link #run} is what tests call. */
@Command(
    name = "podium",
    description = "Speaker briefs for debates, every claim tied to a real source.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    modelTransformer = ManualSections.class,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done",
      "1:bad input: problems in the seeds or templates (nothing is written)",
      "2:usage: a wrong command line"
    },
    subcommands = {
      BriefCommand.class,
      PanelCommand.class,
      PreviewCommand.class,
      CheckCommand.class,
      ExplainCommand.class,
      ListCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      InitCommand.class,
      DraftCommand.class,
      SchemaCommand.class,
      CompletionCommand.class,
      ServerCommand.class
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces for unexpected errors.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print only errors and warnings.")
  boolean quiet;

  // Read by ClientMain before any parsing; declared here so that help lists it and parsing
  // accepts it.
  @Option(
      names = "--no-server",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Run in this process, not through the background server (or PODIUM_SERVER=0).")
  boolean noServer;

  private Session session = Session.plain(Clock.systemDefaultZone());
  private Console console;

  /**
   * How a run is connected to the world: the clock for the one default that depends on the date (an
   * import's year), what the output is, what stops a command that runs until stopped, and where
   * option defaults come from (the environment and podium.yaml, or nowhere).
   */
  record Session(Clock clock, Terminal terminal, StopHandle stop, DefaultValues.Sources defaults) {
    /** A run whose options default to Podium's own, whatever the environment says. */
    Session(Clock clock, Terminal terminal, StopHandle stop) {
      this(clock, terminal, stop, DefaultValues.Sources.NONE);
    }

    /** Plain output and a stop handle only a caller can trigger: in-process runs and tests. */
    static Session plain(Clock clock) {
      return new Session(clock, Terminal.NONE, StopHandle.manual());
    }
  }

  public static void main(String[] args) {
    // Charts measure and draw text with Java 2D; no display is needed, and none should open.
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    Session session =
        new Session(
            Clock.systemDefaultZone(),
            Terminal.detect(),
            StopHandle.forProcess(),
            DefaultValues.Sources.ofProcess());
    System.exit(run(session, out, err, args));
  }

  /** Runs Podium with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Clock.systemDefaultZone(), out, err, args);
  }

  /** Runs Podium with a clock for the one default that depends on the date (a listing's year). */
  public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    return run(Session.plain(clock), out, err, args);
  }

  static int run(Session session, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    main.session = session;
    CommandLine cli = new CommandLine(main, new Factory(session.clock()));
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(session.terminal().usage()));
    cli.setExitCodeExceptionMapper(
        e -> e instanceof UsageException ? ExitCode.USAGE.value() : ExitCode.BAD_INPUT.value());
    Diagnostics projectProblems = new Diagnostics();
    DefaultValues defaults = DefaultValues.read(session.defaults(), projectProblems);
    if (projectProblems.hasErrors()) {
      Console console = new Console(out, err, session.terminal(), false);
      console.diagnostics(projectProblems);
      console.error("podium: fix " + ProjectFile.NAME + " or run elsewhere; nothing was done");
      err.flush();
      return ExitCode.BAD_INPUT.value();
    }
    cli.setDefaultValueProvider(defaults);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(LocalDate.class, Main::date);
    HelpSections.install(cli, defaults);
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          List<String> lines = UsageErrors.describe(e, defaults);
          main.console().error(lines.get(0));
          lines.subList(1, lines.size()).forEach(main.console()::errorDetail);
          return ExitCode.USAGE.value();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException) {
            main.console().error("podium: " + e.getMessage());
            return ExitCode.USAGE.value();
          }
          if (e instanceof InputException) {
            main.console().error("podium: " + e.getMessage());
            return ExitCode.BAD_INPUT.value();
          }
          main.console()
              .error(
                  "podium: internal error: "
                      + e
                      + (main.debug ? "" : " (run with --debug for details)"));
          if (main.debug) {
            e.printStackTrace(err);
          }
          return ExitCode.BAD_INPUT.value();
        });
    int code = cli.execute(args);
    main.console().endProgress();
    out.flush();
    err.flush();
    return code;
  }

  /** The root command of the run a command belongs to. */
  static Main of(CommandSpec command) {
    return (Main) command.root().userObject();
  }

  /** Where this run prints; made on first use, after the options are parsed. */
  synchronized Console console() {
    if (console == null) {
      console =
          new Console(
              spec.commandLine().getOut(), spec.commandLine().getErr(), session.terminal(), quiet);
    }
    return console;
  }

  StopHandle stopHandle() {
    return session.stop();
  }

  /** Dates on the command line are written as in the seeds: YYYY-MM-DD. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as YYYY-MM-DD, got \"" + text + "\"");
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: brief, panel, check, list, import, export, init, draft, schema or"
            + " completion");
  }

  /**
   * Creates commands, handing the clock to those that import listings. The no-argument constructor
   * is for tools that build the command model by class name, such as the man page generator.
   */
  static final class Factory implements CommandLine.IFactory {
    private final Clock clock;

    Factory() {
      this(Clock.systemDefaultZone());
    }

    Factory(Clock clock) {
      this.clock = clock;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ImportListingCommand.class) {
        return type.cast(new ImportListingCommand(clock));
      }
      if (type == InitCommand.class) {
        return type.cast(new InitCommand(clock));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Reports the version stamped at build time. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"podium " + Version.get()};
    }
  }
}

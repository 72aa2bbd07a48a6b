package dev.podium.cli;

import java.io.PrintWriter;
import java.time.Clock;
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
    subcommands = {
      BriefCommand.class,
      PanelCommand.class,
      CheckCommand.class,
      ListCommand.class,
      ImportCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      CompletionCommand.class
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces for unexpected errors.")
  boolean debug;

  public static void main(String[] args) {
    // Charts measure and draw text with Java 2D; no display is needed, and none should open.
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs Podium with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Clock.systemDefaultZone(), out, err, args);
  }

  /** Runs Podium with a clock for the one default that depends on the date (an import's year). */
  public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main, new Factory(clock));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(
        e -> e instanceof UsageException ? ExitCode.USAGE.value() : ExitCode.BAD_INPUT.value());
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          err.println("podium: " + e.getMessage());
          err.println("Try 'podium " + commandName(e.getCommandLine()) + "--help' for usage.");
          return ExitCode.USAGE.value();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException) {
            err.println("podium: " + e.getMessage());
            return ExitCode.USAGE.value();
          }
          err.println("podium: internal error: " + e + (main.debug ? "" : " (run with --debug for details)"));
          if (main.debug) {
            e.printStackTrace(err);
          }
          return ExitCode.BAD_INPUT.value();
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: brief, check, list or import");
  }

  /** Creates commands, handing the clock to the one that needs it. */
  private record Factory(Clock clock) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ImportListingCommand.class) {
        return type.cast(new ImportListingCommand(clock));
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

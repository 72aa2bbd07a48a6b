package dev.podium.cli;

import dev.podium.server.Cancellation;
import dev.podium.server.Request;
import dev.podium.server.Server;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Runs a client's command in the server exactly as {@link Main#main} would in its own process: the
 * same entry point, streams and terminal judged as the client's, Ctrl-C on the client as the stop
 * handle. Each command gets its own {@link Main}, console and stop handle, so commands running at
 * the same time share nothing but the server's read-only code.
 */
final class ServedCommands implements Server.Commands {
  private final Map<String, String> env;
  private final DefaultValues.Sources defaults;

  /** Commands of a server whose environment is the one its key names, and so its clients'. */
  ServedCommands(Map<String, String> env) {
    this(env, DefaultValues.Sources.ofProcess());
  }

  /**
   * Commands whose defaults come from {@code defaults}: the server's own environment and the
   * project file of its folder, which are its clients' (tests pass others).
   */
  ServedCommands(Map<String, String> env, DefaultValues.Sources defaults) {
    this.env = Map.copyOf(env);
    this.defaults = defaults;
  }

  @Override
  public int run(Request request, OutputStream out, OutputStream err, Cancellation cancellation) {
    StopHandle stop = StopHandle.manual();
    cancellation.onCancel(stop::stop);
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    Main.Session session =
        new Main.Session(
            Clock.systemDefaultZone(), Terminal.ofClient(request.terminal(), env), stop, defaults);
    try {
      return Main.run(session, outWriter, errWriter, request.args().toArray(String[]::new));
    } catch (RuntimeException | Error e) {
      // In its own process such a failure would end the JVM; here it must end only this command.
      errWriter.println("podium: internal error: " + e);
      errWriter.flush();
      return ExitCode.BAD_INPUT.value();
    }
  }
}

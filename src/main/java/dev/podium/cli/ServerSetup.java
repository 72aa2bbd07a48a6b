package dev.podium.cli;

import dev.podium.server.ServerKey;
import dev.podium.server.ServerProcess;
import dev.podium.server.SocketFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where the background server's socket lives, how long it waits for work, and how it is started;
 * read from the environment ({@code PODIUM_SERVER_DIR}, {@code PODIUM_SERVER_IDLE}). Loads no
 * picocli class, since the client uses it before deciding whether to start the full command line.
 */
record ServerSetup(Path folder, Duration idle) {
  static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

  static ServerSetup from(Map<String, String> env) {
    String folder = env.get("PODIUM_SERVER_DIR");
    String idle = env.get("PODIUM_SERVER_IDLE");
    return new ServerSetup(
        folder == null || folder.isBlank() ? SocketFolder.defaultPath(env) : Path.of(folder),
        idle == null || idle.isBlank() ? DEFAULT_IDLE : parseIdle(idle));
  }

  /** Whether a command goes through a server: not with PODIUM_SERVER=0 or --no-server. */
  static boolean wanted(Map<String, String> env, String[] args) {
    if ("0".equals(env.get("PODIUM_SERVER"))) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--no-server")) {
        return false;
      }
      if (arg.equals("--")) {
        break;
      }
    }
    // The server's own commands manage servers; they never run inside one.
    return args.length == 0 || !args[0].equals("server");
  }

  /**
   * An idle time: seconds, or a number with {@code s}, {@code m} or {@code h}; 0 stops the server
   * as soon as it has nothing to do.
   */
  static Duration parseIdle(String text) {
    String t = text.strip();
    long unit = 1;
    if (t.endsWith("s") || t.endsWith("m") || t.endsWith("h")) {
      unit =
          switch (t.charAt(t.length() - 1)) {
            case 'm' -> 60;
            case 'h' -> 3600;
            default -> 1;
          };
      t = t.substring(0, t.length() - 1);
    }
    try {
      long value = Long.parseLong(t);
      if (value < 0 || value > 7 * 24 * 3600 / unit) {
        throw new NumberFormatException();
      }
      return Duration.ofSeconds(value * unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "idle time '"
              + text
              + "' is not a number of seconds, or of minutes or hours such as 10m"
              + " or 1h (at most a week)");
    }
  }

  /**
   * Starts a server for the key in the background. The server's JVM takes no start-up cache: the
   * launcher's is trained by a run with the quick compiler only, and a server started from it runs
   * its briefs about 1.6 times slower once warm (about 100 ms against 60 ms, side by side), since
   * the optimising compiler then starts without the profiles it would gather itself. Its start-up
   * is hidden anyway: it starts once the command that runs in-process, the process {@code
   * warmUpAfter}, has ended, and then warms up.
   */
  Process start(SocketFolder socketFolder, ServerKey key, long warmUpAfter) throws IOException {
    // Compiling at a fifth of the usual call counts settles a new server in fewer briefs (a brief
    // of 68 ms instead of 89 ms after forty), at the price of a little more compiled code.
    List<String> options =
        List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:CompileThresholdScaling=0.2");
    return ServerProcess.start(
        socketFolder,
        key,
        options,
        Main.class.getName(),
        List.of(
            "server",
            "run",
            "--idle",
            idle.toSeconds() + "s",
            "--warm-up-after",
            Long.toString(warmUpAfter)),
        warmUpAfter);
  }
}

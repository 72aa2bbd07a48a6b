package dev.podium.cli;

import dev.podium.server.Client;
import dev.podium.server.Server;
import dev.podium.server.ServerKey;
import dev.podium.server.SocketFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium server}: starts, lists and stops the background servers that run commands for later
 * invocations, and {@code server run} is the server itself.
 */
@Command(
    name = "server",
    description =
        "Start, show or stop the background server that keeps Podium warm between commands. The"
            + " first command starts one by itself; it stops after an idle time.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ServerCommand implements Callable<Integer> {
  // How long 'server start' waits for the new server to answer before calling it failed.
  private static final long START_MILLIS = 30_000;

  /** What to do with the servers. */
  enum Action {
    start,
    status,
    stop,
    run
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ACTION",
      description =
          "start (for this folder and environment), status, stop (every server of this user), or"
              + " run (be the server, in the foreground).")
  Action action;

  @Option(
      names = "--idle",
      paramLabel = "TIME",
      description =
          "With start or run: stop after this long without a command, in seconds or with s, m or"
              + " h (default: PODIUM_SERVER_IDLE, else 10m).")
  String idle;

  @Option(
      names = "--warm-up-after",
      paramLabel = "PID",
      description = "With run: warm up once this process has ended (default: at once).")
  long warmUpAfter = -1;

  @Option(
      names = "--folder",
      paramLabel = "DIR",
      description =
          "Folder of the sockets (default: PODIUM_SERVER_DIR, else $XDG_RUNTIME_DIR/podium, else"
              + " ~/.cache/podium/server).")
  Path folder;

  @Override
  public Integer call() throws IOException {
    Map<String, String> env = System.getenv();
    ServerSetup setup = ServerSetup.from(env);
    Duration idleTime;
    try {
      idleTime = idle == null ? setup.idle() : ServerSetup.parseIdle(idle);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    setup = new ServerSetup(folder == null ? setup.folder() : folder, idleTime);
    SocketFolder sockets;
    try {
      sockets = SocketFolder.create(setup.folder());
    } catch (IOException e) {
      throw new InputException("cannot use the server folder: " + e.getMessage());
    }
    Console console = Console.of(spec);
    return switch (action) {
      case run -> run(sockets, setup, env, console);
      case start -> start(sockets, setup, env, console);
      case status -> each(sockets, false, console);
      case stop -> each(sockets, true, console);
    };
  }

  private int run(SocketFolder sockets, ServerSetup setup, Map<String, String> env, Console console)
      throws IOException {
    ServerKey key = ServerKey.of(env);
    ServedCommands commands = new ServedCommands(env);
    Optional<Server> server = Server.bind(sockets, key, setup.idle(), commands);
    if (server.isEmpty()) {
      console.info("a server for this folder and environment is already running");
      return ExitCode.OK.value();
    }
    WarmUp.start(server.get(), commands, key, warmUpAfter);
    server.get().serve();
    return ExitCode.OK.value();
  }

  private int start(
      SocketFolder sockets, ServerSetup setup, Map<String, String> env, Console console)
      throws IOException {
    ServerKey key = ServerKey.of(env);
    Path socket = sockets.socket(key.id());
    String status = Client.ask(sockets, socket, false);
    if (status != null) {
      console.info("already running: " + describe(status));
      return ExitCode.OK.value();
    }
    Process process = setup.start(sockets, key, -1);
    long deadline = System.currentTimeMillis() + START_MILLIS;
    while (status == null && process.isAlive() && System.currentTimeMillis() < deadline) {
      sleep();
      status = Client.ask(sockets, socket, false);
    }
    if (status == null) {
      throw new InputException("the background server did not start; see " + sockets.log(key.id()));
    }
    console.info("started: " + describe(status));
    return ExitCode.OK.value();
  }

  private static int each(SocketFolder sockets, boolean stop, Console console) throws IOException {
    List<Path> sockFiles;
    try (Stream<Path> files = Files.list(sockets.path())) {
      sockFiles = files.filter(f -> f.getFileName().toString().endsWith(".sock")).sorted().toList();
    }
    int answered = 0;
    for (Path socket : sockFiles) {
      String status = Client.ask(sockets, socket, stop);
      if (status != null) {
        console.info((stop ? "stopped: " : "") + describe(status));
        answered++;
      }
    }
    if (answered == 0) {
      console.info("no background server is running");
    }
    return ExitCode.OK.value();
  }

  /** One line from a server's status: its process, folder, load and idle time. */
  static String describe(String status) {
    Map<String, String> fields = new LinkedHashMap<>();
    status
        .lines()
        .forEach(
            line -> {
              int space = line.indexOf(' ');
              if (space > 0) {
                fields.putIfAbsent(line.substring(0, space), line.substring(space + 1));
              }
            });
    return "pid "
        + fields.get("pid")
        + " in "
        + fields.get("cwd")
        + ", "
        + Console.plural(Long.parseLong(fields.getOrDefault("running", "0")), "command")
        + " running, stops after "
        + fields.get("idle-after")
        + " idle";
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.podium.cli;

import dev.podium.server.Cancellation;
import dev.podium.server.Request;
import dev.podium.server.Server;
import dev.podium.server.ServerKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new server's first commands are slow until the JIT has compiled their code: measured, a brief
 * takes about twice its settled time after twenty briefs and settles after sixty or so. Briefs of
 * every kind, written to a scratch folder that is then removed, do that in the background; their
 * output goes nowhere, and they wait while a user's command runs, so as not to slow it down.
 */
final class WarmUp {
  // Four briefs a round: sixty briefs, about ten seconds of one core on the development machine.
  private static final int ROUNDS = 15;

  private WarmUp() {}

  /**
   * Starts the warm-up on one of the server's command threads and returns at once. It waits for the
   * given process to end first: the command that started this server runs in that process and
   * should not have to share the cores with the warm-up.
   */
  static void start(Server server, ServedCommands commands, ServerKey key, long afterPid) {
    // On a thread that runs commands later: what the briefs leave in the libraries' per-thread
    // caches is then ready for the user's next command.
    server.onCommandThread(
        () -> {
          if (afterPid > 0) {
            ProcessHandle.of(afterPid).ifPresent(p -> p.onExit().join());
          }
          run(server, commands, key);
        });
  }

  private static void run(Server server, ServedCommands commands, ServerKey key) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("podium-warm-up");
    } catch (IOException e) {
      return;
    }
    try {
      for (int i = 0; i < ROUNDS && !server.stopping(); i++) {
        server.awaitNoCommands();
        List<String> args =
            List.of(
                "brief",
                "--kind",
                "all",
                "--format",
                "md,pdf",
                "--quiet",
                "--out",
                scratch.toString());
        commands.run(
            new Request(key.text(), args, false),
            OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream(),
            new Cancellation());
      }
    } finally {
      delete(scratch);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A scratch folder in the system's temporary folder; the system clears it in the end.
    }
  }
}

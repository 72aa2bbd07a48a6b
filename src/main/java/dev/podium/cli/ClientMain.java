package dev.podium.cli;

import dev.podium.server.Client;
import dev.podium.server.Request;
import dev.podium.server.ServerKey;
import dev.podium.server.SocketFolder;
import dev.podium.server.TerminalCheck;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's entry point: hands the command to this folder's background server when one
 * answers, and otherwise starts one for the next command and runs this one itself, as {@link Main}
 * does. Until it falls back it loads only JDK classes and the transport, which keeps a served
 * command's JVM small and quick.
 */
public final class ClientMain {
  // How long Ctrl-C waits for the server to end the command (a watch finishing its rebuild).
  private static final long FINISH_SECONDS = 30;

  private ClientMain() {}

  /**
   * The status that tells a launcher no server ran the command (EX_TEMPFAIL), when it asked with
   * {@code -Dpodium.client.fallback=exit}: a launcher that keeps a start-up cache for this small
   * client and another for the full application runs the command in a JVM of its own, with that.
   */
  static final int NOT_SERVED = 75;

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    if (ServerSetup.wanted(env, args)) {
      OptionalInt code = served(env, args);
      if (code.isPresent()) {
        System.exit(code.getAsInt());
      }
    }
    if (exitWhenNotServed()) {
      System.exit(NOT_SERVED);
    }
    Main.main(args);
  }

  private static boolean exitWhenNotServed() {
    return "exit".equals(System.getProperty("podium.client.fallback"));
  }

  /** The exit code of the command run by a server, or empty if this process must run it. */
  private static OptionalInt served(Map<String, String> env, String[] args) {
    ServerSetup setup;
    SocketFolder folder;
    ServerKey key;
    try {
      setup = ServerSetup.from(env);
      folder = SocketFolder.create(setup.folder());
      key = ServerKey.of(env);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("podium: not using the background server: " + e.getMessage());
      return OptionalInt.empty();
    }
    Client client = new Client(folder, key);
    CountDownLatch done = new CountDownLatch(1);
    int[] result = {-1};
    // Ctrl-C: ask the server to stop the command, then leave with the status it ends with.
    Thread hook =
        new Thread(
            () -> {
              client.cancel();
              try {
                if (done.await(FINISH_SECONDS, TimeUnit.SECONDS) && result[0] >= 0) {
                  Runtime.getRuntime().halt(result[0]);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "podium-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    if (exitWhenNotServed()) {
      // Stopping the launcher (kill PID) would leave this client, and a watch on the server,
      // running on their own; the launcher's end stops the command as Ctrl-C does.
      ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(client::cancel));
    }
    OptionalInt code;
    try {
      code =
          client.run(
              new Request(key.text(), List.of(args), TerminalCheck.isTerminal()),
              System.out,
              System.err);
    } catch (IOException e) {
      code = OptionalInt.empty();
    }
    result[0] = code.orElse(-1);
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C came as the command ended; the hook exits with its status.
    }
    // An idle time of zero asks for no server to be kept, so none is started.
    if (code.isEmpty() && !setup.idle().isZero()) {
      // The command runs next in this JVM, or, for a launcher that asked for the exit status, in
      // the JVM the launcher (this process's parent) becomes; the server warms up after it.
      ProcessHandle runner =
          exitWhenNotServed()
              ? ProcessHandle.current().parent().orElse(ProcessHandle.current())
              : ProcessHandle.current();
      try {
        setup.start(folder, key, runner.pid());
      } catch (IOException e) {
        // No server this time; the command runs here all the same.
      }
    }
    return code;
  }
}

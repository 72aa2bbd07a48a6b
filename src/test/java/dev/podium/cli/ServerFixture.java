package dev.podium.cli;

import dev.podium.server.Client;
import dev.podium.server.Request;
import dev.podium.server.Server;
import dev.podium.server.ServerKey;
import dev.podium.server.SocketFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * A background server inside the test JVM, on a socket folder of the test's own, and the two ways
 * to run a command that tests compare: in this process, and through that server's client.
 */
public final class ServerFixture implements AutoCloseable {
  private final SocketFolder folder;
  private final ServerKey key;
  private final Server server;
  private final Thread serving;

  private ServerFixture(SocketFolder folder, ServerKey key, Server server) {
    this.folder = folder;
    this.key = key;
    this.server = server;
    this.serving =
        Thread.ofPlatform()
            .name("test-server")
            .start(
                () -> {
                  try {
                    server.serve();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
  }

  /** Starts a server in a new socket folder under the given temporary folder. */
  public static ServerFixture start(Path temp) throws IOException {
    // No environment or project defaults, as in-process runs through Main.run have none.
    return start(temp, DefaultValues.Sources.NONE);
  }

  /** Starts a server whose commands take their defaults from {@code defaults}. */
  static ServerFixture start(Path temp, DefaultValues.Sources defaults) throws IOException {
    SocketFolder folder = SocketFolder.create(temp.resolve("sockets"));
    ServerKey key = ServerKey.of(System.getenv());
    Server server =
        Server.bind(
                folder, key, Duration.ofMinutes(10), new ServedCommands(System.getenv(), defaults))
            .orElseThrow();
    return new ServerFixture(folder, key, server);
  }

  /** What a command printed and how it ended. */
  public record Result(int code, String out, String err) {}

  /** Runs the command in this process, as {@code Main.run} does for the other tests. */
  public static Result inProcess(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs the command through the server; fails if the server did not take it. */
  public Result served(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt code = client().run(request(args), out, err);
    if (code.isEmpty()) {
      throw new AssertionError("the server did not take: " + String.join(" ", args));
    }
    return new Result(
        code.getAsInt(),
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the command through the server with the launchers' script client, as a process of its own;
   * fails if the server did not take it.
   */
  public Result scripted(String... args) throws IOException {
    Result result = ScriptClient.run(folder.path(), args);
    if (result.code() == ScriptClient.NOT_SERVED && result.out().isEmpty()) {
      throw new AssertionError(
          "the server did not take from the script: " + String.join(" ", args));
    }
    return result;
  }

  /** Runs the command through the server with the given streams; empty if it did not take it. */
  public OptionalInt served(Client client, OutputStream out, OutputStream err, String... args)
      throws IOException {
    return client.run(request(args), out, err);
  }

  public Client client() {
    return new Client(folder, key);
  }

  public Request request(String... args) {
    return new Request(key.text(), List.of(args), false);
  }

  public SocketFolder folder() {
    return folder;
  }

  public ServerKey key() {
    return key;
  }

  /** Waits, two minutes at most (the machine may be busy), until the condition holds. */
  public static void await(String what, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what);
      }
      Thread.sleep(20);
    }
  }

  /** Something to undo at the end of a try block, whatever it throws. */
  @FunctionalInterface
  public interface Closer extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  @Override
  public void close() throws InterruptedException {
    server.stop();
    serving.join();
  }
}

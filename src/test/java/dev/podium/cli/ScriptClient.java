package dev.podium.cli;

import dev.podium.server.ServerKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launchers' script client ({@code src/dist/lib/podium-client.pl}) run as they run it, for this
 * test JVM's code and JDK: the same key a server in this JVM has, so it answers the script.
 */
public final class ScriptClient {
  /** The status the script exits with when no server took the command. */
  public static final int NOT_SERVED = 75;

  private static final Path SCRIPT = Path.of("src", "dist", "lib", "podium-client.pl");
  private static final String PERL = perl();

  private ScriptClient() {}

  /** Whether Perl is installed here; without it the launchers skip the script too. */
  public static boolean available() {
    return PERL != null;
  }

  /** The script's command line for the arguments, before the command's own. */
  static List<String> command(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(PERL);
    command.add(SCRIPT.toAbsolutePath().toString());
    command.add(ServerKey.codeLocation().toString());
    command.add(System.getProperty("java.home"));
    command.addAll(List.of(args));
    return command;
  }

  /** A process builder of the script in the test's folder, its sockets in the given folder. */
  static ProcessBuilder builder(Path sockets, String... args) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command(args)).directory(Path.of("").toAbsolutePath().toFile());
    builder.environment().put("PODIUM_SERVER_DIR", sockets.toString());
    return builder;
  }

  /** Runs the script to its end: its status and what it printed on each stream. */
  public static ServerFixture.Result run(Path sockets, String... args) throws IOException {
    return finish(builder(sockets, args).start());
  }

  /** Waits for the process, reading both its streams as it goes. */
  static ServerFixture.Result finish(Process process) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = Thread.ofPlatform().start(() -> copy(process.getErrorStream(), err));
    byte[] out = process.getInputStream().readAllBytes();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the script client did not end: " + process.info());
      }
      errReader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return new ServerFixture.Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The key text the script builds in the test's folder with exactly the given environment. */
  static String keyText(Map<String, String> env) throws IOException {
    List<String> command = command();
    command.add(2, "--print-key");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    ServerFixture.Result result = finish(builder.start());
    if (result.code() != 0) {
      throw new AssertionError("the script could not print its key: " + result.err());
    }
    return result.out();
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String perl() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "perl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}

package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podium.TestSeeds;
import dev.podium.server.ServerKey;
import dev.podium.server.SocketFolder;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' script client against a server in this JVM: it builds the key and socket name the
 * Java side builds, it steps aside (status 75, nothing printed) whenever no server can take the
 * command, and Ctrl-C stops a served command as it does in-process. The golden-brief and bad-input
 * tests run their commands through it as well.
 */
class ScriptClientTest {
  private static final long PATIENCE_SECONDS = 120;

  @TempDir Path temp;

  @BeforeEach
  void needsPerl() {
    assumeTrue(ScriptClient.available(), "no perl on PATH: the launchers use the Java client");
  }

  @Test
  void theScriptBuildsTheKeyTextTheServerCompares() throws IOException {
    Path code = ServerKey.codeLocation();
    Path here = Path.of("").toAbsolutePath();
    List<Map<String, String>> environments =
        List.of(
            Map.of(),
            Map.of("PATH", "/usr/bin:/bin", "SHLVL", "3", "PODIUM_SERVER_IDLE", "1m"),
            Map.of(
                "PODIUM_STYLE", "ieee",
                "PODIUM_LOCALE", "de-DE",
                "NO_COLOR", "",
                "LANG", "C.UTF-8",
                "TERM", "xterm-256color",
                "COLUMNS", "120",
                "HOME", "/home/someone",
                "JAVA_TOOL_OPTIONS", "-Xmx1g",
                "ConEmuANSI", "ON",
                "_JAVA_OPTIONS", "-Da=b"));
    for (Map<String, String> env : environments) {
      assertThat(ScriptClient.keyText(env))
          .as("key text for %s", env)
          .isEqualTo(ServerKey.of(code, here, env).text());
    }
  }

  @Test
  void withNoServerToTakeTheCommandItPrintsNothingAndExits75() throws Exception {
    ServerFixture.Result notServed = new ServerFixture.Result(ScriptClient.NOT_SERVED, "", "");
    Path missing = temp.resolve("no-such-folder");
    assertThat(ScriptClient.run(missing, "--version")).isEqualTo(notServed);

    Path open = Files.createDirectory(temp.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(ScriptClient.run(open, "--version"))
        .as("a folder others can open")
        .isEqualTo(notServed);

    // A dead server's socket file: nobody listens on it.
    SocketFolder folder = SocketFolder.create(temp.resolve("sockets"));
    ServerKey key = ServerKey.of(System.getenv());
    try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      listener.bind(UnixDomainSocketAddress.of(folder.socket(key.id())));
    }
    assertThat(folder.socket(key.id())).exists();
    assertThat(ScriptClient.run(folder.path(), "--version")).isEqualTo(notServed);
  }

  @Test
  void aServerOfTheKeyAnswersAndAnArgumentBeyondAsciiIsLeftToTheJavaClient() throws Exception {
    try (ServerFixture server = ServerFixture.start(temp)) {
      ServerFixture.Result version = server.scripted("--version");
      assertThat(version).isEqualTo(ServerFixture.inProcess("--version"));
      assertThat(ScriptClient.run(server.folder().path(), "brief", "--out", "bri\u00e9fs"))
          .isEqualTo(new ServerFixture.Result(ScriptClient.NOT_SERVED, "", ""));
      assertThat(temp.resolve("bri\u00e9fs")).doesNotExist();
    }
  }

  @Test
  void aServerOfAnotherKeyRefusesAndTheScriptStepsAside() throws Exception {
    try (ServerFixture server = ServerFixture.start(temp)) {
      ProcessBuilder builder = ScriptClient.builder(server.folder().path(), "--version");
      // Another PODIUM_ setting is another key, hence another socket name: nobody answers there.
      builder.environment().put("PODIUM_STYLE", "ieee");
      assertThat(ScriptClient.finish(builder.start()))
          .isEqualTo(new ServerFixture.Result(ScriptClient.NOT_SERVED, "", ""));
    }
  }

  @Test
  void ctrlCStopsTheServedWatchAsItWouldInProcess() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    try (ServerFixture server = ServerFixture.start(temp)) {
      Path out = temp.resolve("watched");
      Process watch =
          ScriptClient.builder(server.folder().path(), watch(seeds, out))
              .redirectOutput(temp.resolve("watch.out").toFile())
              .redirectError(temp.resolve("watch.err").toFile())
              .start();
      ServerFixture.await(
          "the first build", () -> read(temp.resolve("watch.out")).contains("wrote "));
      Process interrupt =
          new ProcessBuilder("kill", "-INT", Long.toString(watch.pid())).inheritIO().start();
      assertThat(interrupt.waitFor()).isZero();
      assertThat(watch.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(watch.exitValue()).isZero();
      assertThat(read(temp.resolve("watch.out"))).endsWith("podium: stopped watching\n");
      assertThat(out.resolve("fazl-barez/ai-autonomy-over-life/moderator.md")).exists();
    }
  }

  @Test
  void whenTheLauncherGoesAwayTheServedCommandStops() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    try (ServerFixture server = ServerFixture.start(temp)) {
      // The script under a shell that waits for it, as under the launcher; then the shell is
      // killed.
      List<String> command = ScriptClient.command(watch(seeds, temp.resolve("watched")));
      StringBuilder line = new StringBuilder();
      for (String word : command) {
        line.append(" '").append(word.replace("'", "'\\''")).append('\'');
      }
      ProcessBuilder builder =
          new ProcessBuilder("sh", "-c", line + " > '" + temp.resolve("watch.out") + "'; :")
              .directory(Path.of("").toAbsolutePath().toFile());
      builder.environment().put("PODIUM_SERVER_DIR", server.folder().path().toString());
      Process shell = builder.start();
      ServerFixture.await(
          "the first build", () -> read(temp.resolve("watch.out")).contains("wrote "));
      ProcessHandle script =
          shell
              .toHandle()
              .children()
              .findFirst()
              .orElseThrow(() -> new AssertionError("no script"));
      shell.destroyForcibly().waitFor();
      ServerFixture.await("the script's end", () -> !script.isAlive());
      ServerFixture.await(
          "the watch's end",
          () -> read(temp.resolve("watch.out")).endsWith("podium: stopped watching\n"));
    }
  }

  /** A watch that writes Markdown briefs from the seeds to the folder, until stopped. */
  private static String[] watch(Path seeds, Path out) {
    return new String[] {
      "brief", "--watch", "--format", "md", "--seeds", seeds.toString(), "--out", out.toString()
    };
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }
}

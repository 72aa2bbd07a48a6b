package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.TestSeeds;
import dev.podium.server.Client;
import dev.podium.server.ServerKey;
import dev.podium.server.SocketFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/** The background server: many commands at once, a killed server, the socket folder's guard. */
class ServerTest {
  // Generous: the machine may be busy; a test that waits this long has failed anyway.
  private static final long PATIENCE_SECONDS = 120;

  @TempDir Path temp;

  /** A byte buffer several threads may write to and read from. */
  private static final class Buffer extends ByteArrayOutputStream {
    @Override
    public synchronized String toString() {
      return toString(StandardCharsets.UTF_8);
    }
  }

  /** A served command takes its defaults from the project file and environment, as in-process. */
  @Test
  void servedCommandsUseTheProjectFileAndTheEnvironment() throws Exception {
    Path project = Files.writeString(temp.resolve("podium.yaml"), "style: apa\n");
    Path seeds = TestSeeds.copy(temp);
    Path out = temp.resolve("out");
    ServerFixture server =
        ServerFixture.start(
            temp, new DefaultValues.Sources(Map.of("PODIUM_FORMAT", "md"), project));
    try {
      ServerFixture.Result result =
          server.served("brief", "--seeds", seeds.toString(), "--out", out.toString());
      assertThat(result.code()).as(result.err()).isZero();
    } finally {
      server.close();
    }
    Path brief = out.resolve("fazl-barez/ai-autonomy-over-life");
    assertThat(Files.readString(brief.resolve("moderator.md"))).contains("(Lo et al., 2024)");
    assertThat(brief.resolve("moderator.pdf")).as("PODIUM_FORMAT=md").doesNotExist();
  }

  @Test
  void commandsRunningAtOnceEachGetTheirOwnOutput() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    try (ServerFixture server = ServerFixture.start(temp)) {
      // A watch holds its command open while the briefs below run beside it.
      Client watchClient = server.client();
      Buffer watchOut = new Buffer();
      Buffer watchErr = new Buffer();
      FutureTask<OptionalInt> watch =
          new FutureTask<>(
              () ->
                  server.served(
                      watchClient,
                      watchOut,
                      watchErr,
                      "brief",
                      "--watch",
                      "--format",
                      "md",
                      "--seeds",
                      seeds.toString(),
                      "--out",
                      temp.resolve("watched").toString()));
      Thread.ofPlatform().start(watch);
      ServerFixture.await("first build of the watch", () -> watchOut.toString().contains("wrote "));

      List<String[]> commands = new ArrayList<>();
      for (String persona : List.of("fazl-barez", "philip-torr")) {
        for (String kind : List.of("moderator", "handout")) {
          commands.add(
              new String[] {
                "brief",
                persona,
                "--kind",
                kind,
                "--format",
                "md,pdf",
                "--out",
                temp.resolve("served-" + persona + "-" + kind).toString()
              });
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(commands.size());
      List<Future<ServerFixture.Result>> served = new ArrayList<>();
      for (String[] command : commands) {
        served.add(pool.submit(() -> server.served(command)));
      }
      for (int i = 0; i < commands.size(); i++) {
        ServerFixture.Result viaServer = served.get(i).get();
        String[] command = commands.get(i).clone();
        String servedOut = command[command.length - 1];
        command[command.length - 1] = servedOut.replace("served-", "local-");
        ServerFixture.Result local = ServerFixture.inProcess(command);
        assertThat(viaServer.code()).isZero();
        assertThat(viaServer.out()).isEqualTo(local.out().replace("local-", "served-"));
        assertThat(viaServer.err()).isEqualTo(local.err());
      }
      pool.shutdown();

      watchClient.cancel();
      assertThat(watch.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).hasValue(0);
      assertThat(watchOut.toString().lines())
          .allMatch(
              line ->
                  line.startsWith("watching " + seeds)
                      || line.startsWith("wrote " + temp.resolve("watched"))
                      || line.startsWith("podium: "));
      assertThat(watchOut.toString()).endsWith("podium: stopped watching" + System.lineSeparator());
    }
  }

  @Test
  void aServerKilledMidCommandLeavesNothingThatBreaksTheNextCommand() throws Exception {
    Path sockets = temp.resolve("sockets");
    SocketFolder folder = SocketFolder.create(sockets);
    ServerKey key = ServerKey.of(System.getenv());
    Process server =
        java(
            sockets,
            Main.class.getName(),
            "server",
            "run",
            "--folder",
            sockets.toString(),
            "--idle",
            "5m");
    ServerFixture.await("the server", () -> answers(folder, key));

    Path seeds = TestSeeds.copy(temp);
    Client client = new Client(folder, key);
    Buffer out = new Buffer();
    Buffer err = new Buffer();
    FutureTask<OptionalInt> watch =
        new FutureTask<>(
            () ->
                client.run(
                    new dev.podium.server.Request(
                        key.text(),
                        List.of(
                            "brief",
                            "--watch",
                            "--format",
                            "md",
                            "--seeds",
                            seeds.toString(),
                            "--out",
                            temp.resolve("watched").toString()),
                        false),
                    out,
                    err));
    Thread.ofPlatform().start(watch);
    ServerFixture.await("first build of the watch", () -> out.toString().contains("wrote "));
    server.destroyForcibly().waitFor();

    assertThat(watch.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).hasValue(1);
    assertThat(err.toString())
        .endsWith(
            "podium: the background server stopped before the command"
                + " finished; run it again\n");
    assertThat(folder.socket(key.id())).as("a killed server's socket file").exists();

    // The next command, as the launcher runs it: the dead socket is passed over, the command runs.
    Path out2 = temp.resolve("after");
    Process next =
        java(
            sockets,
            ClientMain.class.getName(),
            "brief",
            "--format",
            "md",
            "--out",
            out2.toString());
    String printed = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(next.waitFor()).isZero();
    assertThat(printed).startsWith("wrote " + out2);
    assertThat(out2.resolve("fazl-barez/ai-autonomy-over-life/moderator.md")).exists();

    // ...and it started a server in the dead one's place, which serves the command after it.
    ServerFixture.await("a new server", () -> answers(folder, key));
    assertThat(ask(folder, key, false)).doesNotContain("pid " + server.pid() + "\n");
    try (ServerFixture.Closer ignored = () -> ask(folder, key, true)) {
      Buffer out3 = new Buffer();
      OptionalInt code =
          client.run(
              new dev.podium.server.Request(
                  key.text(),
                  List.of("brief", "--format", "md", "--out", temp.resolve("third").toString()),
                  false),
              out3,
              new Buffer());
      assertThat(code).hasValue(0);
      assertThat(out3.toString()).startsWith("wrote " + temp.resolve("third"));
    }
  }

  private static boolean answers(SocketFolder folder, ServerKey key) {
    try {
      return ask(folder, key, false) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String ask(SocketFolder folder, ServerKey key, boolean stop) throws IOException {
    return Client.ask(folder, folder.socket(key.id()), stop);
  }

  /** A JVM of the test's class path in the test's folder, with its sockets in the given one. */
  private Process java(Path sockets, String mainClass, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PODIUM_SERVER_DIR", sockets.toString());
    return builder.start();
  }

  @Test
  void aSocketFolderOthersCanOpenIsRefusedOnEveryConnect() throws Exception {
    try (ServerFixture server = ServerFixture.start(temp)) {
      assertThat(server.served("--version").code()).isZero();
      Path folder = server.folder().path();
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      assertThatThrownBy(() -> server.served("--version"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("is open to others (mode rwxr-xr-x)");
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      assertThat(server.served("--version").code()).isZero();
    }
    Path real = Files.createDirectories(temp.resolve("real"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);
    assertThatThrownBy(() -> SocketFolder.open(link)).hasMessageContaining("is not a folder");
    assertThat(Files.getPosixFilePermissions(SocketFolder.create(temp.resolve("new")).path()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void aServerRefusesAClientOfAnotherKeyBeforePrintingAnything() throws Exception {
    try (ServerFixture server = ServerFixture.start(temp)) {
      ServerKey other =
          new ServerKey(server.key().text() + "env PODIUM_STYLE=apa\n", server.key().id());
      Buffer out = new Buffer();
      OptionalInt code =
          new Client(server.folder(), other)
              .run(
                  new dev.podium.server.Request(other.text(), List.of("--version"), false),
                  out,
                  out);
      assertThat(code).isEmpty();
      assertThat(out.toString()).isEmpty();
    }
  }

  @Test
  void statusListsTheServerAndStopEndsIt() throws Exception {
    try (ServerFixture server = ServerFixture.start(temp)) {
      String folder = server.folder().path().toString();
      ServerFixture.Result status = ServerFixture.inProcess("server", "status", "--folder", folder);
      assertThat(status.out())
          .isEqualTo(
              "pid "
                  + ProcessHandle.current().pid()
                  + " in "
                  + Path.of("").toAbsolutePath()
                  + ", 0 commands running, stops after 600s idle\n");
      ServerFixture.Result stop = ServerFixture.inProcess("server", "stop", "--folder", folder);
      assertThat(stop.out()).startsWith("stopped: pid " + ProcessHandle.current().pid());
      ServerFixture.await(
          "the socket removed", () -> !Files.exists(server.folder().socket(server.key().id())));
      assertThat(ServerFixture.inProcess("server", "status", "--folder", folder).out())
          .isEqualTo("no background server is running\n");
    }
  }

  @Test
  void theKeyNamesWhatAnswersDependOnAndNothingElse() throws Exception {
    Path code = ServerKey.codeLocation();
    Path here = Path.of("").toAbsolutePath();
    ServerKey key = ServerKey.of(code, here, Map.of("PODIUM_STYLE", "ieee", "SHLVL", "1"));
    assertThat(
            ServerKey.of(
                code,
                here,
                Map.of("PODIUM_STYLE", "ieee", "SHLVL", "2", "PODIUM_SERVER_IDLE", "1m")))
        .isEqualTo(key);
    assertThat(ServerKey.of(code, here, Map.of("PODIUM_STYLE", "apa")).id()).isNotEqualTo(key.id());
    assertThat(ServerKey.of(code, here, Map.of("PODIUM_STYLE", "ieee", "NO_COLOR", "1")).id())
        .isNotEqualTo(key.id());
    assertThat(ServerKey.of(code, temp, Map.of("PODIUM_STYLE", "ieee")).id())
        .isNotEqualTo(key.id());
  }

  @Test
  void theClientsTerminalDecidesColourAsPicocliWouldInItsProcess() {
    assertThat(Terminal.ofClient(true, Map.of())).isEqualTo(new Terminal(true, true, Ansi.ON));
    assertThat(Terminal.ofClient(false, Map.of())).isEqualTo(new Terminal(false, false, Ansi.OFF));
    assertThat(Terminal.ofClient(true, Map.of("NO_COLOR", "")))
        .isEqualTo(new Terminal(true, false, Ansi.OFF));
    assertThat(Terminal.ofClient(true, Map.of("CLICOLOR", "0")))
        .isEqualTo(new Terminal(true, false, Ansi.OFF));
    // Forced colour reaches picocli's help even in a pipe; Podium's own lines stay plain there.
    assertThat(Terminal.ofClient(false, Map.of("CLICOLOR_FORCE", "1")))
        .isEqualTo(new Terminal(false, false, Ansi.ON));
  }

  @Test
  void theServerIsUsedUnlessTurnedOffAndNeverForItsOwnCommands() {
    assertThat(ServerSetup.wanted(Map.of(), new String[] {"brief"})).isTrue();
    assertThat(ServerSetup.wanted(Map.of("PODIUM_SERVER", "0"), new String[] {"brief"})).isFalse();
    assertThat(ServerSetup.wanted(Map.of(), new String[] {"brief", "--no-server"})).isFalse();
    assertThat(ServerSetup.wanted(Map.of(), new String[] {"server", "status"})).isFalse();
    assertThat(ServerSetup.parseIdle("90")).hasSeconds(90);
    assertThat(ServerSetup.parseIdle("10m")).hasMinutes(10);
    assertThat(ServerSetup.parseIdle("1h")).hasHours(1);
    assertThatThrownBy(() -> ServerSetup.parseIdle("soon"))
        .hasMessageStartingWith("idle time 'soon' is not a number");
    assertThat(ServerFixture.inProcess("brief", "--no-server", "--help").code()).isZero();
  }
}

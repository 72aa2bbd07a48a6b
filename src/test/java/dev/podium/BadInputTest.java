package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podium.cli.ScriptClient;
import dev.podium.cli.ServerFixture;
import dev.podium.cli.ServerFixture.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs under {@code src/test/resources/bad/}: each case overlays files on a
 * small valid seed set ({@code _base}), runs one command and must give exactly the exit code and
 * messages in its {@code expected.txt}, with no stack trace and no output written.
 *
 * <p>A case is a folder with {@code case.txt} ({@code args:}, {@code exit:}, optionally {@code
 * generate: PATH BYTES}, {@code delete: PATH}, {@code mkdir: PATH}, {@code link: PATH TARGET},
 * {@code fifo: PATH}, and {@code absent: PATH} for a path the run must not create), a {@code
 * files/} tree, and {@code expected.txt}. Run with {@code -Dpodium.bad.record=true} to write a
 * missing expected.txt, then read it before committing.
 */
class BadInputTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad");

  @TempDir Path dir;

  private static ServerFixture server;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHoldsAtLeastFortyCasesEachWithItsExpectation() throws IOException {
    List<String> cases = cases().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    assertThat(cases)
        .allMatch(
            c -> Files.isRegularFile(CORPUS.resolve(c).resolve("expected.txt")),
            "has expected.txt");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givesTheExpectedAnswer(String name) throws IOException, InterruptedException {
    Case c = prepare(name, dir);
    Result result = ServerFixture.inProcess(c.args());
    check(name, c, result);
  }

  /** The same case through the background server: the same answer, and the same as in-process. */
  @ParameterizedTest
  @MethodSource("cases")
  void givesTheSameAnswerThroughTheServer(String name, @TempDir Path other)
      throws IOException, InterruptedException {
    Case served = prepare(name, dir);
    Result viaServer = server.served(served.args());
    check(name, served, viaServer);
    assertSameAsInProcess(name, viaServer, other);
  }

  /** The case run in-process in the other folder answers as {@code served} did in this one. */
  private void assertSameAsInProcess(String name, Result served, Path other)
      throws IOException, InterruptedException {
    Case local = prepare(name, other);
    Result inProcess = ServerFixture.inProcess(local.args());
    assertThat(served.code()).isEqualTo(inProcess.code());
    assertThat(served.out().replace(dir.toString(), "{dir}"))
        .isEqualTo(inProcess.out().replace(other.toString(), "{dir}"));
    assertThat(served.err().replace(dir.toString(), "{dir}"))
        .isEqualTo(inProcess.err().replace(other.toString(), "{dir}"));
  }

  /**
   * The same case through the launchers' script client. A command line beyond ASCII is left to the
   * Java client, which decodes it as the JVM would: the script says so and prints nothing.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void givesTheSameAnswerThroughTheScriptClient(String name, @TempDir Path other)
      throws IOException, InterruptedException {
    assumeTrue(ScriptClient.available(), "no perl on PATH: the launchers use the Java client");
    Case scripted = prepare(name, dir);
    if (Arrays.stream(scripted.args())
        .anyMatch(arg -> !StandardCharsets.US_ASCII.newEncoder().canEncode(arg))) {
      assertThat(ScriptClient.run(server.folder().path(), scripted.args()))
          .isEqualTo(new Result(ScriptClient.NOT_SERVED, "", ""));
      return;
    }
    Result viaScript = server.scripted(scripted.args());
    check(name, scripted, viaScript);
    assertSameAsInProcess(name, viaScript, other);
  }

  @BeforeAll
  static void startServer(@TempDir Path sockets) throws IOException {
    server = ServerFixture.start(sockets);
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    server.close();
  }

  /**
   * A case laid out in a folder: its command line, the exit code it must give, and the paths it
   * must not create.
   */
  private record Case(
      Path dir, String[] args, int exit, String seedsBefore, List<Path> mustStayAbsent) {}

  private static Case prepare(String name, Path dir) throws IOException, InterruptedException {
    Path caseDir = CORPUS.resolve(name);
    List<String> spec = Files.readAllLines(caseDir.resolve("case.txt"));
    TestSeeds.copyTree(CORPUS.resolve("_base/seeds"), dir.resolve("seeds"));
    Files.createDirectories(dir.resolve("templates"));
    if (Files.isDirectory(caseDir.resolve("files"))) {
      overlay(caseDir.resolve("files"), dir);
    }
    String args = "";
    int expectedExit = -1;
    List<Path> mustStayAbsent = new ArrayList<>();
    for (String line : spec) {
      if (line.startsWith("args: ")) {
        args = line.substring(6).replace("{dir}", dir.toString());
      } else if (line.startsWith("exit: ")) {
        expectedExit = Integer.parseInt(line.substring(6).strip());
      } else if (line.startsWith("generate: ")) {
        String[] parts = line.substring(10).strip().split(" ");
        generate(dir.resolve("seeds").resolve(parts[0]), Long.parseLong(parts[1]));
      } else if (line.startsWith("delete: ")) {
        Files.delete(dir.resolve(line.substring(8).strip()));
      } else if (line.startsWith("mkdir: ")) {
        Files.createDirectories(dir.resolve(line.substring(7).strip()));
      } else if (line.startsWith("link: ")) {
        String[] parts = line.substring(6).strip().split(" ");
        Path target = parts[1].startsWith("/") ? Path.of(parts[1]) : dir.resolve(parts[1]);
        Files.createSymbolicLink(dir.resolve(parts[0]), target);
      } else if (line.startsWith("fifo: ")) {
        Process mkfifo =
            new ProcessBuilder("mkfifo", dir.resolve(line.substring(6).strip()).toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
      } else if (line.startsWith("absent: ")) {
        mustStayAbsent.add(dir.resolve(line.substring(8).strip()));
      }
    }
    return new Case(
        dir, args.split(" "), expectedExit, snapshot(dir.resolve("seeds")), mustStayAbsent);
  }

  private static void check(String name, Case c, Result result) throws IOException {
    String actual =
        "exit " + result.code() + "\n" + result.err().replace(c.dir().toString(), "{dir}");
    Path expectedFile = CORPUS.resolve(name).resolve("expected.txt");
    if (!Files.exists(expectedFile) && Boolean.getBoolean("podium.bad.record")) {
      Files.writeString(expectedFile, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(expectedFile));
    assertThat(result.code()).isEqualTo(c.exit());
    assertThat(actual).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(actual.lines().skip(1)).allMatch(l -> !l.isBlank(), "one line per problem");
    for (Path absent : c.mustStayAbsent()) {
      assertThat(absent).as("written by a failed run").doesNotExist();
    }
    if (result.code() != 0) {
      assertThat(c.dir().resolve("out")).doesNotExist();
      assertThat(snapshot(c.dir().resolve("seeds")))
          .as("seeds changed by a failed run")
          .isEqualTo(c.seedsBefore());
    }
  }

  /** Every file under the folder with its content, to see whether a run changed anything. */
  private static String snapshot(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.append(folder.relativize(file))
            .append(' ')
            .append(java.util.Arrays.hashCode(Files.readAllBytes(file)))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void overlay(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** A file of the given size, written in chunks, so the 50 MB case need not be committed. */
  private static void generate(Path file, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 16];
    Arrays.fill(chunk, (byte) 'x');
    for (int i = 63; i < chunk.length; i += 64) {
      chunk[i] = '\n';
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < bytes; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
      }
    }
  }
}

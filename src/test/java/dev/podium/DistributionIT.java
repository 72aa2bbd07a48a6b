package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip, unpacked as a user would, runs a brief with its own launcher, also through
 * a link; its shaded jar, which leaves out the parts of Apache POI a DOCX does not need, writes the
 * committed DOCX and carries Podium's LICENSE and every bundled library's NOTICE.
 */
class DistributionIT {
  private static final String CACHE_LINE = "podium: preparing a start-up cache";

  @TempDir Path home;

  @Test
  void theUnpackedZipWritesABriefFromItsBundledSeeds() throws Exception {
    String version = dev.podium.cli.Version.get();
    Path zip = Path.of("target", "podium-" + version + ".zip");
    assertThat(zip).exists();
    unzip(zip, home);
    Path root = home.resolve("podium-" + version);
    assertThat(root.resolve("lib/podium.jar")).exists();
    assertThat(root.resolve("bin/podium.cmd")).exists();
    assertThat(root.resolve("README.md")).exists();
    assertThat(root.resolve("templates/moderator.md.mustache")).exists();
    Path launcher = root.resolve("bin/podium");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

    Path work = Files.createDirectories(home.resolve("work"));
    ProcessBuilder builder =
        new ProcessBuilder(List.of(launcher.toString(), "brief", "--kind", "handout"))
            .directory(work.toFile())
            .redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path cache = home.resolve("cache");
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    // The first command starts a background server: its socket in a folder of the test's own.
    Path sockets = home.resolve("sockets");
    builder.environment().put("PODIUM_SERVER_DIR", sockets.toString());
    Path handout = work.resolve("briefs/fazl-barez/ai-autonomy-over-life/handout.md");

    assertThat(run(builder)).as("the first run says why it pauses").contains(CACHE_LINE);
    assertThat(handout).content().startsWith("# Dr Fazl Barez\n");
    // The first run leaves the start-up caches in the user's cache folder, the application's and
    // the small client's (beside the folders of write locks and server sockets); the next run
    // uses them.
    try (var made = Files.list(cache.resolve("podium"))) {
      assertThat(made.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")))
          .hasSize(2)
          .anyMatch(n -> n.startsWith("podium-client-"))
          .anyMatch(n -> !n.startsWith("podium-client-"));
    }
    Files.delete(handout);
    assertThat(run(builder)).doesNotContain(CACHE_LINE);
    assertThat(handout).content().startsWith("# Dr Fazl Barez\n");

    builder.command(launcher.toString(), "brief", "--kind", "opponent", "--format", "docx");
    String output = run(builder);
    assertThat(output)
        .as("POI logs nothing, not even that there is no logger")
        .doesNotContain("Log4j", "ERROR");
    Path committed = Path.of("briefs/fazl-barez/ai-autonomy-over-life/opponent.docx");
    assertThat(work.resolve("briefs/fazl-barez/ai-autonomy-over-life/opponent.docx"))
        .as("the shaded jar writes the committed DOCX")
        .hasSameBinaryContentAs(committed);

    // The server the first command started takes commands from the zip's script client, which
    // spells the key as the server's JVM does (PODIUM_SERVER_CLIENT=script: 75 if none took it).
    assertThat(root.resolve("lib/podium-client.pl")).exists();
    if (dev.podium.cli.ScriptClient.available()) {
      builder.command(launcher.toString(), "server", "start");
      assertThat(run(builder)).contains("pid ");
      builder.command(launcher.toString(), "brief", "--kind", "handout");
      builder.environment().put("PODIUM_SERVER_CLIENT", "script");
      Files.delete(handout);
      run(builder);
      assertThat(handout).content().startsWith("# Dr Fazl Barez\n");
      builder.environment().remove("PODIUM_SERVER_CLIENT");
    }
    builder.command(launcher.toString(), "server", "stop");
    run(builder);
  }

  @Test
  void aLinkToTheLauncherRunsPodiumFromWhereverTheLinkIs() throws Exception {
    Path root = unpacked();
    Path links = Files.createDirectories(home.resolve("links"));
    Files.createSymbolicLink(links.resolve("podium"), root.resolve("bin/podium"));
    // A link to a link, relative, as a package manager's alternatives would make it.
    Files.createSymbolicLink(home.resolve("podium-alt"), Path.of("links/podium"));
    for (Path link : List.of(links.resolve("podium"), home.resolve("podium-alt"))) {
      ProcessBuilder builder =
          new ProcessBuilder(List.of(link.toString(), "--version"))
              .directory(home.toFile())
              .redirectErrorStream(true);
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
      assertThat(run(builder)).as(link.toString()).contains(dev.podium.cli.Version.get());
    }
  }

  @Test
  void theWindowsLauncherRefusesAnOldJavaAsTheUnixOneDoes() throws Exception {
    Path root = unpacked();
    String unix = Files.readString(root.resolve("bin/podium"));
    String windows = Files.readString(root.resolve("bin/podium.cmd"));
    assertThat(unix).contains("podium: needs Java 21 or newer; none found", "exit 2");
    assertThat(windows)
        .contains("podium: needs Java 21 or newer; none found", "JAVA_MAJOR% GEQ 21 goto run")
        .contains("exit /b 2\r\n:none")
        .as("Windows batch files keep CRLF line ends")
        .doesNotContainPattern("[^\r]\n");
  }

  @Test
  void theZipAndTheJarCarryTheLicenseAndEveryLibrarysNotice() throws Exception {
    Path root = unpacked();
    String license = Files.readString(Path.of("LICENSE"));
    assertThat(root.resolve("LICENSE")).hasContent(license);
    try (ZipFile jar = new ZipFile(root.resolve("lib/podium.jar").toFile())) {
      assertThat(text(jar, "META-INF/LICENSE")).startsWith(license);
      String notices = text(jar, "META-INF/NOTICE");
      int shadedWithNotice = 0;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.endsWith(".jar")) {
          continue;
        }
        try (ZipFile library = new ZipFile(entry)) {
          Optional<String> notice = notice(library);
          if (notice.isPresent() && shaded(library, jar)) {
            shadedWithNotice++;
            assertThat(notices).as("NOTICE of " + entry).contains(notice.get());
          }
        }
      }
      assertThat(shadedWithNotice).as("libraries with a NOTICE in the jar").isGreaterThan(5);
    }
  }

  /** The first line of a library's NOTICE that says something: its name. */
  private static Optional<String> notice(ZipFile library) throws IOException {
    for (String name : List.of("META-INF/NOTICE", "META-INF/NOTICE.txt")) {
      ZipEntry entry = library.getEntry(name);
      if (entry != null) {
        try (InputStream in = library.getInputStream(entry)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the library's classes went into the shaded jar (its first class is there). */
  private static boolean shaded(ZipFile library, ZipFile jar) {
    return library.stream()
        .map(ZipEntry::getName)
        .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
        .filter(n -> !n.contains("module-info"))
        .findFirst()
        .map(n -> jar.getEntry(n) != null)
        .orElse(false);
  }

  private static String text(ZipFile zip, String name) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path unpacked() throws IOException {
    String version = dev.podium.cli.Version.get();
    unzip(Path.of("target", "podium-" + version + ".zip"), home);
    Path root = home.resolve("podium-" + version);
    Files.setPosixFilePermissions(
        root.resolve("bin/podium"), PosixFilePermissions.fromString("rwxr-xr-x"));
    return root;
  }

  private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output)
        .as("a run that uses the cache prints nothing about it")
        .doesNotContain("AOT", "CDS");
    return output;
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(entries, out);
        }
      }
    }
  }
}

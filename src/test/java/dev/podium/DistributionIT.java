package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip, unpacked as a user would, runs a brief with its own launcher; its shaded
 * jar, which leaves out the parts of Apache POI a DOCX does not need, writes the committed DOCX.
 */
class DistributionIT {
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
    Path handout = work.resolve("briefs/fazl-barez/ai-autonomy-over-life/handout.md");

    run(builder);
    assertThat(handout).content().startsWith("# Dr Fazl Barez\n");
    // The first run leaves the start-up cache in the user's cache folder; the next one uses it.
    try (var made = Files.list(cache.resolve("podium"))) {
      assertThat(made.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".jsa");
    }
    Files.delete(handout);
    run(builder);
    assertThat(handout).content().startsWith("# Dr Fazl Barez\n");

    builder.command(launcher.toString(), "brief", "--kind", "opponent", "--format", "docx");
    String output = run(builder);
    assertThat(output).as("POI logs nothing, not even that there is no logger").doesNotContain("Log4j", "ERROR");
    Path committed = Path.of("briefs/fazl-barez/ai-autonomy-over-life/opponent.docx");
    assertThat(work.resolve("briefs/fazl-barez/ai-autonomy-over-life/opponent.docx"))
        .as("the shaded jar writes the committed DOCX").hasSameBinaryContentAs(committed);
  }

  private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).as("a run that uses the cache prints nothing about it").doesNotContain("AOT", "CDS");
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

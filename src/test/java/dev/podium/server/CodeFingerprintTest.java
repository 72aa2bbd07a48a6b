package dev.podium.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What tells a server that the jar or the JDK under it changed since it started. */
class CodeFingerprintTest {
  @TempDir Path temp;

  @Test
  void aRebuiltJarOrAnUpdatedJdkChangesTheFingerprintAndNothingElseDoes() throws Exception {
    Path jar = Files.writeString(temp.resolve("podium.jar"), "first build");
    Path jdk = Files.createDirectories(temp.resolve("jdk"));
    Path modules = Files.createDirectories(jdk.resolve("lib")).resolve("modules");
    Files.writeString(modules, "classes");
    FileTime then = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    Files.setLastModifiedTime(jar, then);
    Files.setLastModifiedTime(modules, then);
    CodeFingerprint started = CodeFingerprint.of(jar, jdk);

    assertThat(CodeFingerprint.of(jar, jdk)).isEqualTo(started);

    // Same size, new time: a rebuild that happens to produce as many bytes.
    Files.writeString(jar, "other build");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
    assertThat(CodeFingerprint.of(jar, jdk)).isNotEqualTo(started);

    Files.setLastModifiedTime(jar, then);
    Files.writeString(modules, "classes, updated");
    Files.setLastModifiedTime(modules, then);
    assertThat(CodeFingerprint.of(jar, jdk)).as("a JDK updated in place").isNotEqualTo(started);

    Files.writeString(modules, "classes");
    Files.setLastModifiedTime(modules, then);
    Files.delete(jar);
    assertThat(CodeFingerprint.of(jar, jdk)).as("a jar removed").isNotEqualTo(started);
  }
}

package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
  }

  @Test
  void newFilesGetThePermissionsOfAnyNewFileNotPrivateOnes() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path brief = dir.resolve("briefs/moderator.md");

    AtomicFiles.write(brief, "# Brief\n");

    assertThat(Files.readString(brief)).isEqualTo("# Brief\n");
    assertThat(Files.getPosixFilePermissions(brief))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path shared = Files.writeString(dir.resolve("handout.pdf"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    Path secret = Files.writeString(dir.resolve("notes.md"), "old");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.write(Map.of(shared, "new".getBytes(), secret, "new".getBytes()));

    assertThat(Files.readString(shared)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
        .isEqualTo("rw-rw-r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    AtomicFiles.write(dir.resolve("a.md"), "a");
    AtomicFiles.write(dir.resolve("a.md"), "b");

    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.md");
    }
  }
}

package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads when the file system refuses a write. Read-only file systems, full disks and
 * denied permissions cannot be made in a test run as any user, so their exceptions, as Java reports
 * them on Linux, stand in.
 */
class WriteFailureTest {
  @TempDir Path temp;

  @Test
  void theFileSystemsRefusalsAreSaidInWords() {
    assertThat(WriteFailure.describe(new AccessDeniedException("/srv/briefs/p")))
        .isEqualTo("cannot write /srv/briefs/p: permission denied");
    assertThat(
            WriteFailure.describe(
                new FileSystemException("/mnt/ro/p/m.md", null, "Read-only file system")))
        .isEqualTo("cannot write /mnt/ro/p/m.md: the file system is read-only");
    assertThat(
            WriteFailure.describe(
                new FileSystemException("/tmp/x/.m.md.1.tmp", null, "No space left on device")))
        .isEqualTo("cannot write /tmp/x/.m.md.1.tmp: the disk is full; nothing was written");
    assertThat(WriteFailure.describe(new FileSystemException("/q", null, "Disk quota exceeded")))
        .isEqualTo("cannot write /q: the disk quota is used up; nothing was written");
  }

  @Test
  void aNameNoFileSystemTakesIsRefusedBeforeAnythingIsWritten() {
    Path target = temp.resolve("x".repeat(256) + ".md");
    assertThatThrownBy(() -> WriteFailure.checkTarget(target))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is 259 bytes long, and file systems take at most 255");
  }

  @Test
  void aFolderWhereAFileGoesIsRefused() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("moderator.pdf"));
    assertThatThrownBy(() -> WriteFailure.checkTarget(folder))
        .hasMessage(
            "cannot write "
                + folder
                + ": it is a folder, not a file; move it away or write"
                + " elsewhere");
  }

  @Test
  void aFailedWriteLeavesNoFolderItMade() throws Exception {
    Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");
    java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(temp.resolve("made/for/this/run.md"), new byte[] {1});
    files.put(temp.resolve("notes.txt/run.md"), new byte[] {2});
    assertThatThrownBy(() -> AtomicFiles.write(files))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("notes.txt: it is a file, not a folder");
    assertThat(temp.resolve("made")).as("the folders made for the failed write").doesNotExist();
  }
}

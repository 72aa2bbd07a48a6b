package dev.podium.imports;

import dev.podium.imports.ImportPlan.FileWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The files an import means to write, each kept only when it changes what is on disk, so that a
 * re-import of the same data touches nothing. Not thread-safe.
 */
public final class PlannedWrites {
  private final List<FileWrite> writes = new ArrayList<>();

  /** Plans the write unless the file already holds exactly these bytes. */
  public void add(Path path, byte[] content, String what) {
    if (!sameContent(path, content)) {
      writes.add(new FileWrite(path, content, what));
    }
  }

  /**
   * Plans a YAML file of the record, after the header comment lines (see {@link YamlRecordWriter}).
   */
  public void addYaml(Path path, List<String> header, Record value, String what) {
    add(path, YamlRecordWriter.write(header, value).getBytes(StandardCharsets.UTF_8), what);
  }

  /** The planned writes, in the order they were added. */
  public List<FileWrite> list() {
    return List.copyOf(writes);
  }

  /** Whether the path is a regular file that holds exactly these bytes. */
  public static boolean sameContent(Path path, byte[] bytes) {
    try {
      return Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes);
    } catch (IOException e) {
      return false;
    }
  }
}

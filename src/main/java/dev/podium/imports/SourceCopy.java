package dev.podium.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Names the copy of a raw source that an import keeps in the persona's {@code sources/}: the
 * source's own file name, unless a different file of that name is there that must not be replaced
 * (a profile, another import's source), then {@code name-2.ext}, {@code name-3.ext}, ….
 */
public final class SourceCopy {
  private SourceCopy() {}

  /**
   * The first free name in {@code sources}: one that does not exist, already holds these bytes, or
   * names a file {@code replaceable} accepts (the previous import of the same source).
   */
  public static String name(
      Path sources, String fileName, byte[] bytes, Predicate<String> replaceable) {
    String candidate = fileName;
    for (int n = 2; ; n++) {
      Path path = sources.resolve(candidate);
      if (!Files.exists(path)
          || PlannedWrites.sameContent(path, bytes)
          || replaceable.test(candidate)) {
        return candidate;
      }
      int dot = fileName.lastIndexOf('.');
      candidate =
          dot > 0
              ? fileName.substring(0, dot) + "-" + n + fileName.substring(dot)
              : fileName + "-" + n;
    }
  }
}

package dev.podium.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a document's files go: the path of {@code parts…} inside the output folder. The caller
 * decides what is allowed there (no symbolic links out, no files in the way).
 */
@FunctionalInterface
public interface OutputPaths {
  Path resolve(String... parts) throws IOException;
}

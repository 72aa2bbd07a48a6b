package dev.podium.cli;

import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a new seeds folder starts from: the stance taxonomy and the motions bundled with Podium,
 * without the sample's personas, so that a persona made in an empty folder can be briefed there.
 */
final class StarterSeeds {
  private StarterSeeds() {}

  /**
   * Copies the bundled stances and motions into the folder when it has no stances of its own;
   * returns the files written (none when the folder was already a seeds folder).
   */
  static Map<Path, byte[]> startIn(Path folder) throws IOException {
    OutputFolder target = new OutputFolder(folder);
    if (Files.exists(folder.resolve(SeedsDirectory.STANCES))) {
      return Map.of();
    }
    SeedsDirectory bundled = SeedsDirectory.bundled();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(target.resolve(SeedsDirectory.STANCES), Files.readAllBytes(bundled.stances()));
    for (String motion : bundled.motionIds()) {
      Path file = target.resolve("motions", motion + ".yaml");
      if (!Files.exists(file)) {
        files.put(file, Files.readAllBytes(bundled.motion(motion)));
      }
    }
    AtomicFiles.write(files);
    return files;
  }
}

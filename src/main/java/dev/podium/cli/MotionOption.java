package dev.podium.cli;

import dev.podium.load.SeedsDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --motion ID|FILE.yaml} option shared by {@code brief} and {@code panel}. */
final class MotionOption {
  @Option(
      names = "--motion",
      paramLabel = "ID|FILE",
      description =
          "Motion id, or a motion file ID.yaml outside the seeds (default: the first motion).")
  String motion;

  /** The motion file: the named .yaml file, else the seeds' motion by id (or the first one). */
  Path resolve(SeedsDirectory dir) {
    if (motion != null && motion.endsWith(".yaml")) {
      Path file = Path.of(motion);
      if (!Files.isRegularFile(file)) {
        throw new UsageException("motion file not found: " + motion);
      }
      Choices.requireId(
          "motion file name", file.getFileName().toString().replaceFirst("\\.yaml$", ""));
      return file;
    }
    return dir.motion(Choices.choose("motion", motion, dir.motionIds(), dir));
  }
}

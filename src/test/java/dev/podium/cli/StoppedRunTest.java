package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch stopped by a signal at various moments writes nothing, or the whole run byte for byte as
 * an undisturbed run writes it: never a brief made while the JVM was shutting down (when Java 2D
 * has closed the fonts that charts are measured with).
 */
class StoppedRunTest {
  @TempDir Path temp;

  @Test
  void aStoppedBatchWritesNothingOrExactlyWhatAnUndisturbedRunWrites() throws Exception {
    String[] args = {"brief", "--all", "--kind", "all", "--format", "md,pdf"};
    Path reference = temp.resolve("reference");
    List<String> referenceArgs = new ArrayList<>(List.of(args));
    referenceArgs.addAll(List.of("--out", reference.toString()));
    assertThat(podium(referenceArgs.toArray(String[]::new)).code()).isZero();
    Map<String, String> expected = contents(reference);

    int stoppedBeforeWriting = 0;
    for (long delay : new long[] {300, 900, 1500, 2100, 2700, 3300}) {
      Path out = temp.resolve("stopped-" + delay);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          new ArrayList<>(
              List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(List.of(args));
      command.addAll(List.of("--out", out.toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
        process.destroy(); // SIGTERM, as kill does
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      // Temporary files of a commit never begun may stay behind (the next run removes them);
      // what counts is what took its name.
      Map<String, String> written = Files.exists(out) ? contents(out) : new TreeMap<>();
      written.keySet().removeIf(name -> Path.of(name).getFileName().toString().startsWith("."));
      if (written.isEmpty()) {
        stoppedBeforeWriting++;
      } else {
        assertThat(written).as("stopped after %d ms", delay).isEqualTo(expected);
      }
    }
    assertThat(stoppedBeforeWriting).as("some runs were stopped before they wrote").isPositive();
  }

  private static Map<String, String> contents(Path root) throws Exception {
    Map<String, String> files = new TreeMap<>(); // mutable: callers drop what they ignore
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
      }
    }
    return files;
  }
}

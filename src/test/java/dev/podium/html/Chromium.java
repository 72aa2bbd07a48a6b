package dev.podium.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, run headless on a local page: each run gets a profile folder of its own and
 * has its standard output and error captured to files, so a chatty browser cannot block on a pipe.
 */
public final class Chromium {
  /** Names the browser binary when it is not {@code chromium} on the PATH. */
  public static final String BINARY_VARIABLE = "PODIUM_CHROMIUM";

  /** Set to 1 to skip browser tests on a machine without Chromium; CI installs it instead. */
  public static final String SKIP_VARIABLE = "PODIUM_SKIP_BROWSER_TESTS";

  private static final long TIMEOUT_SECONDS = 120;

  /** What one run printed. */
  record Run(int exitCode, String out, String err) {}

  private final Path binary;
  private final Path scratch;
  private int runs;

  private Chromium(Path binary, Path scratch) {
    this.binary = binary;
    this.scratch = scratch;
  }

  /** The browser, or {@code null} when there is none. */
  static Chromium find(Path scratch) {
    Path binary = binary();
    return binary == null ? null : new Chromium(binary, scratch);
  }

  /**
   * The browser's binary: the one {@value #BINARY_VARIABLE} names, else {@code chromium} on the
   * PATH; null when none.
   */
  public static Path binary() {
    String named = System.getenv(BINARY_VARIABLE);
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      return Files.isExecutable(path) ? path : null;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "chromium"))) {
        return Path.of(dir, "chromium");
      }
    }
    return null;
  }

  /** Runs the browser headless with these arguments after its own, then the page's address. */
  Run run(Path page, String... arguments) throws IOException, InterruptedException {
    int n = ++runs;
    Path out = scratch.resolve("chromium-" + n + ".out");
    Path err = scratch.resolve("chromium-" + n + ".err");
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--hide-scrollbars",
                "--user-data-dir=" + scratch.resolve("profile-" + n)));
    command.addAll(List.of(arguments));
    command.add(page.toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          "chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(
        process.exitValue(),
        new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
        new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
  }
}

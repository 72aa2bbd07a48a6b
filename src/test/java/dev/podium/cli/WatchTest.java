package dev.podium.cli;

import static dev.podium.TestSeeds.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.podium.TestSeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch} in process: a thread watches a copy of the seeds while the test edits them. */
class WatchTest {
  // Only a bound on how long a broken watcher can hang the build; no test measures time.
  private static final long PATIENCE_SECONDS = 120;

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final StopHandle stop = StopHandle.manual();
  private FutureTask<Integer> watch;

  private void start(String... args) {
    Main.Session session = new Main.Session(Clock.systemUTC(), Terminal.NONE, stop);
    watch =
        new FutureTask<>(
            () -> Main.run(session, new PrintWriter(out, true), new PrintWriter(err, true), args));
    new Thread(watch, "watch").start();
  }

  @AfterEach
  void stopWatching() {
    stop.stop();
  }

  /** Waits, polling, for a condition a rebuild brings about. */
  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!condition.getAsBoolean()) {
      if (watch.isDone() || System.nanoTime() > deadline) {
        fail(
            "no "
                + what
                + (watch.isDone() ? "; the watch ended" : "")
                + "\nout:\n"
                + out
                + "\nerr:\n"
                + err);
      }
      Thread.sleep(50);
    }
  }

  private long lines(String containing) {
    return out.toString().lines().filter(l -> l.contains(containing)).count();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void briefWatchRebuildsOnEveryChangeReportsBadInputAndKeepsWatchingUntilStopped()
      throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path briefs = temp.resolve("out");
    Path brief = briefs.resolve("fazl-barez/ai-autonomy-over-life/moderator.md");
    start(
        "brief",
        "--watch",
        "--format",
        "md",
        "--seeds",
        seeds.toString(),
        "--out",
        briefs.toString());
    await("first build", () -> lines("wrote " + brief + " (") == 1);
    assertThat(out.toString())
        .startsWith("watching " + seeds + ", templates for changes; Ctrl-C stops\n");

    Path persona = seeds.resolve("personas/fazl-barez/persona.yaml");
    edit(persona, "specializing in AI safety", "specializing in AI safety and debate");
    await("rebuild after the edit", () -> read(brief).contains("AI safety and debate"));
    await("line for the rebuild", () -> lines(persona + " changed: wrote " + brief + " (") == 1);

    Path evidence = seeds.resolve("personas/fazl-barez/evidence.yaml");
    edit(evidence, "category: \"CR\"", "category: [CR]");
    await(
        "error for the broken file",
        () -> err.toString().contains("expected text for 'category', found a list"));
    assertThat(err.toString().lines().filter(l -> l.contains("found a list")))
        .singleElement()
        .matches(
            l ->
                l.matches(
                    "\\Q"
                        + evidence
                        + "\\E:\\d+:\\d+: expected text for 'category', found a list"));
    assertThat(watch.isDone()).isFalse();

    edit(evidence, "category: [CR]", "category: \"CR\"");
    await("rebuild after the fix", () -> lines(evidence + " changed: wrote " + brief + " (") == 1);

    stop.stop();
    assertThat(watch.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).endsWith("podium: stopped watching\n").doesNotContain("\u001B");
    assertThat(err.toString()).doesNotContain("\u001B").doesNotContain("Exception");
  }

  @Test
  void editorScratchFilesAndPodiumsOwnOutputDoNotRebuild() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    // The output inside the seeds: without the rule that ignores it, each build would set off the
    // next.
    Path briefs = seeds.resolve("briefs");
    start(
        "brief",
        "--watch",
        "--format",
        "md",
        "--seeds",
        seeds.toString(),
        "--out",
        briefs.toString());
    await("first build", () -> lines("wrote ") == 1);
    Path themes = seeds.resolve("personas/fazl-barez/themes.yaml");
    Files.writeString(themes.resolveSibling(".themes.yaml.swp"), "vim");
    Files.writeString(themes.resolveSibling("themes.yaml~"), "backup");
    Files.writeString(themes.resolveSibling("4913"), "");
    Files.writeString(themes, Files.readString(themes) + "\n");
    await("rebuild for themes.yaml", () -> lines(" changed: wrote ") == 1);
    assertThat(out.toString().lines().filter(l -> l.contains(" changed: ")))
        .singleElement()
        .matches(l -> l.startsWith(themes + " changed: wrote "));
  }

  @Test
  void panelWatchBuildsAndStops() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path briefs = temp.resolve("out");
    start(
        "panel",
        "fazl-barez",
        "philip-torr",
        "--watch",
        "--quiet",
        "--format",
        "md",
        "--seeds",
        seeds.toString(),
        "--out",
        briefs.toString());
    Path pack = briefs.resolve("panels/ai-autonomy-over-life/fazl-barez_philip-torr.md");
    await("panel pack", () -> Files.exists(pack));
    stop.stop();
    assertThat(watch.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).isEmpty();
  }
}

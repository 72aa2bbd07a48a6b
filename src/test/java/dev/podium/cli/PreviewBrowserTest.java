package dev.podium.cli;

import static dev.podium.TestSeeds.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.podium.TestSeeds;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podium preview} with a real browser: the page shows the brief, and an edit to a seed file
 * shows up on the open page without the test reloading it, with no errors in the page's console.
 */
class PreviewBrowserTest {
  // Only a bound on how long a broken preview can hang the build; no test measures time.
  private static final long PATIENCE_SECONDS = 120;
  private static final Pattern ADDRESS =
      Pattern.compile("preview: (http://127\\.0\\.0\\.1:\\d+/\\S+)");

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final StopHandle stop = StopHandle.manual();
  private FutureTask<Integer> preview;

  @AfterEach
  void stopPreview() {
    stop.stop();
  }

  @Test
  void anEditToASeedFileShowsUpOnTheOpenPage() throws Exception {
    assumeFalse(HeadlessChromium.skipped(), HeadlessChromium.SKIP + "=1");
    Path seeds = TestSeeds.copy(temp);
    Path briefs = temp.resolve("out");
    Main.Session session = new Main.Session(Clock.systemUTC(), Terminal.NONE, stop);
    preview =
        new FutureTask<>(
            () ->
                Main.run(
                    session,
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    "preview",
                    "fazl-barez",
                    "--kind",
                    "handout",
                    "--seeds",
                    seeds.toString(),
                    "--out",
                    briefs.toString()));
    new Thread(preview, "preview").start();
    URI page =
        URI.create(
            await(
                "the preview's address",
                () -> {
                  Matcher m = ADDRESS.matcher(out.toString());
                  return m.find() ? m.group(1) : null;
                }));
    await("the first build", () -> out.toString().contains("wrote ") ? "" : null);

    try (HeadlessChromium browser = HeadlessChromium.open(page, temp.resolve("profile"))) {
      await(
          "the brief in the browser",
          () -> text(browser).contains("Senior Research Fellow, University of Oxford") ? "" : null);
      edit(
          seeds.resolve("personas/fazl-barez/persona.yaml"),
          "- title: \"Senior Research Fellow\"",
          "- title: \"Principal Research Fellow\"");
      await(
          "the edit on the open page",
          () ->
              text(browser).contains("Principal Research Fellow, University of Oxford")
                  ? ""
                  : null);
      assertThat(browser.errors()).as("errors in the page's console").isEmpty();
    }
  }

  private static String text(HeadlessChromium browser) {
    try {
      return browser.text();
    } catch (Exception e) {
      return "";
    }
  }

  /** Polls until the probe gives a value. */
  private String await(String what, java.util.function.Supplier<String> probe)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    for (String value; (value = probe.get()) == null; ) {
      if (preview.isDone() || System.nanoTime() > deadline) {
        fail(
            "no "
                + what
                + (preview.isDone() ? "; the preview ended" : "")
                + "\nout:\n"
                + out
                + "\nerr:\n"
                + err);
      }
      Thread.sleep(100);
    }
    return probe.get();
  }
}

package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleTest {
  private static final String ESC = "\u001B";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Console console(Terminal terminal, boolean quiet) {
    return new Console(new PrintWriter(out, true), new PrintWriter(err, true), terminal, quiet);
  }

  @Test
  void sizesReadAsAPersonWouldWriteThem() {
    assertThat(WrittenFile.size(0)).isEqualTo("0 B");
    assertThat(WrittenFile.size(812)).isEqualTo("812 B");
    assertThat(WrittenFile.size(1023)).isEqualTo("1023 B");
    assertThat(WrittenFile.size(1024)).isEqualTo("1 KB");
    assertThat(WrittenFile.size(41 * 1024 + 300)).isEqualTo("41 KB");
    assertThat(WrittenFile.size(41 * 1024 + 700)).isEqualTo("42 KB");
    assertThat(WrittenFile.size(1_258_291)).isEqualTo("1.2 MB");
  }

  @Test
  void wroteNamesEachFileWithItsSize() {
    Console console = console(Terminal.NONE, false);
    console.wrote(Map.of(Path.of("briefs/a/b/moderator.pdf"), new byte[42_000]));
    assertThat(out.toString()).isEqualTo("wrote briefs/a/b/moderator.pdf (41 KB)\n");
  }

  @Test
  void quietKeepsOnlyWarningsAndErrors() {
    Console console = console(Terminal.NONE, true);
    console.info("wrote x");
    console.progress(1, 2, "a/b/c");
    console.warning("x.yaml:1:1: warning: weak");
    console.error("x.yaml:2:1: broken");
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("x.yaml:1:1: warning: weak\nx.yaml:2:1: broken\n");
  }

  @Test
  void colourOnlyWhereTheTerminalTakesIt() {
    console(Terminal.NONE, false).error("plain");
    console(new Terminal(true, false), false).error("no colour");
    assertThat(err.toString()).isEqualTo("plain\nno colour\n").doesNotContain(ESC);

    StringWriter coloured = new StringWriter();
    Console terminal =
        new Console(
            new PrintWriter(out), new PrintWriter(coloured, true), new Terminal(true, true), false);
    terminal.error("bad");
    terminal.warning("weak");
    terminal.errorDetail("Try --help");
    assertThat(coloured.toString())
        .isEqualTo(
            ESC + "[31mbad" + ESC + "[39m\n" + ESC + "[33mweak" + ESC + "[39m\nTry --help\n");
  }

  @Test
  void diagnosticsAreErrorsOrWarningsByTheirSeverity() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning(new Location("s.yaml", 3, 1), "weak");
    diagnostics.error(new Location("s.yaml", 1, 5), "broken");
    StringWriter coloured = new StringWriter();
    new Console(
            new PrintWriter(out), new PrintWriter(coloured, true), new Terminal(true, true), false)
        .diagnostics(diagnostics);
    assertThat(coloured.toString())
        .isEqualTo(
            ESC
                + "[31ms.yaml:1:5: broken"
                + ESC
                + "[39m\n"
                + ESC
                + "[33ms.yaml:3:1: warning: weak"
                + ESC
                + "[39m\n");
    assertThat(diagnostics.counts()).isEqualTo("1 error, 1 warning");
  }

  @Test
  void progressRewritesOneLineOnATerminalAndIsClearedBeforeTheNextLine() {
    Console console = console(new Terminal(true, false), false);
    console.progress(1, 36, "fazl-barez/ai-autonomy-over-life/moderator");
    console.progress(2, 36, "fazl-barez/ai-autonomy-over-life/opponent");
    console.info("wrote x");
    console.endProgress();
    assertThat(out.toString())
        .isEqualTo(
            "\r"
                + ESC
                + "[K[1/36] fazl-barez/ai-autonomy-over-life/moderator"
                + "\r"
                + ESC
                + "[K[2/36] fazl-barez/ai-autonomy-over-life/opponent"
                + "\r"
                + ESC
                + "[K"
                + "wrote x\n");
  }

  @Test
  void progressIsLeftOutOfPipesAndFiles() {
    Console console = console(Terminal.NONE, false);
    console.progress(1, 36, "a/b/c");
    console.info("wrote x");
    assertThat(out.toString()).isEqualTo("wrote x\n");
  }

  @Test
  void aDeferredConsoleHoldsItsLinesUntilReplayedButShowsProgressAtOnce() {
    Console console = console(new Terminal(true, false), false);
    Console worker = console.deferred();
    worker.error("x.yaml:1:1: broken");
    worker.info("note");
    worker.progress(3, 6, "p/m/k");
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).isEqualTo("\r" + ESC + "[K[3/6] p/m/k");
    worker.replay();
    assertThat(err.toString()).isEqualTo("x.yaml:1:1: broken\n");
    assertThat(out.toString()).endsWith("\r" + ESC + "[Knote\n");
  }
}

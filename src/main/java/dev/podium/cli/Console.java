package dev.podium.cli;

import dev.podium.load.Diagnostic;
import dev.podium.load.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Everything Podium tells a person, in one place: the files it wrote, notes, warnings and errors,
 * and a progress line for batches. Notes go to standard output and are dropped with {@code
 * --quiet}; warnings and errors go to standard error, in colour on a terminal. Thread-safe, since
 * the workers of a batch report progress while the main thread prints.
 */
final class Console {
  /** Erases from the cursor to the end of the line (ANSI EL), after a carriage return. */
  private static final String ERASE_LINE = "\r\u001B[K";

  // Longer progress lines would wrap on a narrow terminal, and a wrapped line cannot be rewritten.
  private static final int PROGRESS_WIDTH = 79;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Terminal terminal;
  private final boolean quiet;
  private boolean progressShown;

  /** Where a deferred console sends its progress and, on replay, its lines; null for a live one. */
  private final Console parent;

  private final List<Line> deferred = new ArrayList<>();

  private enum Kind {
    INFO,
    WARNING,
    ERROR,
    DETAIL
  }

  private record Line(Kind kind, String text) {}

  Console(PrintWriter out, PrintWriter err, Terminal terminal, boolean quiet) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.parent = null;
  }

  private Console(Console parent) {
    this.out = parent.out;
    this.err = parent.err;
    this.terminal = parent.terminal;
    this.quiet = parent.quiet;
    this.parent = parent;
  }

  /** The console of the run a command belongs to. */
  static Console of(CommandSpec spec) {
    return Main.of(spec).console();
  }

  boolean quiet() {
    return quiet;
  }

  /** {@code wrote PATH (41 KB)} for each file, in order. */
  void wrote(Map<Path, byte[]> files) {
    files.forEach((path, bytes) -> wrote(new WrittenFile(path, bytes.length)));
  }

  void wrote(WrittenFile file) {
    info("wrote " + file.path() + " (" + file.size() + ")");
  }

  /** A line of what was done; dropped with {@code --quiet}. */
  void info(String line) {
    emit(Kind.INFO, line);
  }

  void warning(String line) {
    emit(Kind.WARNING, line);
  }

  void error(String line) {
    emit(Kind.ERROR, line);
  }

  /** A plain line on standard error that belongs to an error, such as where to find help. */
  void errorDetail(String line) {
    emit(Kind.DETAIL, line);
  }

  /**
   * A console for one worker of a batch: its progress shows at once, its other lines wait for
   * {@link #replay()}, so that a batch's messages come out in a fixed order.
   */
  Console deferred() {
    return new Console(this);
  }

  /** Prints what a deferred console held back, on the console it was made from. */
  synchronized void replay() {
    deferred.forEach(line -> parent.emit(line.kind(), line.text()));
    deferred.clear();
  }

  private synchronized void emit(Kind kind, String message) {
    String text = TerminalText.safe(message);
    if (parent != null) {
      deferred.add(new Line(kind, text));
      return;
    }
    if (kind == Kind.INFO && quiet) {
      return;
    }
    endProgress();
    switch (kind) {
      case INFO -> out.println(text);
      case WARNING -> err.println(coloured(Style.fg_yellow, text));
      case ERROR -> err.println(coloured(Style.fg_red, text));
      case DETAIL -> err.println(text);
    }
  }

  /** Every diagnostic, one per line, in file order. */
  void diagnostics(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) {
      diagnostic(d);
    }
  }

  /**
   * For commands whose job is not checking: errors in full, warnings as one line that says how to
   * see them, so everyday output stays short.
   */
  void errorsOf(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        diagnostic(d);
      }
    }
    if (!diagnostics.hasErrors() && diagnostics.warningCount() > 0) {
      warning(
          "podium: "
              + plural(diagnostics.warningCount(), "warning")
              + " about weak data; run podium check to see them");
    }
  }

  private void diagnostic(Diagnostic d) {
    if (d.severity() == Diagnostic.Severity.ERROR) {
      error(d.format());
    } else {
      warning(d.format());
    }
  }

  /**
   * On a terminal, rewrites one line in place with {@code [done/total] what}; elsewhere, and with
   * {@code --quiet}, does nothing, so logs get only the lines that stay.
   */
  synchronized void progress(int done, int total, String what) {
    if (parent != null) {
      parent.progress(done, total, what);
      return;
    }
    if (!terminal.interactive() || quiet) {
      return;
    }
    String line = "[" + done + "/" + total + "] " + TerminalText.safe(what);
    if (line.length() > PROGRESS_WIDTH) {
      line = line.substring(0, PROGRESS_WIDTH - 1) + "…";
    }
    out.print(ERASE_LINE + line);
    out.flush();
    progressShown = true;
  }

  /** Clears the progress line, if one is shown, so the next line starts on a clean row. */
  synchronized void endProgress() {
    if (progressShown) {
      out.print(ERASE_LINE);
      out.flush();
      progressShown = false;
    }
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private String coloured(Style style, String line) {
    return terminal.colour() ? style.on() + line + style.off() : line;
  }
}

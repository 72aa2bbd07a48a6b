package dev.podium.cli;

import dev.podium.load.Diagnostic;
import dev.podium.load.Diagnostics;
import java.io.PrintWriter;

/** Prints diagnostics one per line, then a count a person can act on. */
final class DiagnosticsPrinter {
  private DiagnosticsPrinter() {}

  static void print(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics.sorted()) {
      err.println(d.format());
    }
  }

  /**
   * For commands whose job is not checking: errors in full, warnings as one line that says how to
   * see them, so everyday output stays short.
   */
  static void printErrors(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics.sorted()) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        err.println(d.format());
      }
    }
    if (!diagnostics.hasErrors() && diagnostics.warningCount() > 0) {
      err.println(
          "podium: " + plural(diagnostics.warningCount(), "warning") + " about weak data; run podium check to see them");
    }
  }

  static String count(Diagnostics diagnostics) {
    long errors = diagnostics.errorCount();
    long warnings = diagnostics.warningCount();
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

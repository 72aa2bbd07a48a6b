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

  static String count(Diagnostics diagnostics) {
    long errors = diagnostics.errorCount();
    long warnings = diagnostics.warningCount();
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

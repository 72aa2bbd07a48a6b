package dev.podium.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems across files so that a user sees all of them at once. Not thread-safe. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void error(Location at, String message) {
    all.add(new Diagnostic(Diagnostic.Severity.ERROR, at, message));
  }

  public void warning(Location at, String message) {
    all.add(new Diagnostic(Diagnostic.Severity.WARNING, at, message));
  }

  /** A problem found before, reported again: a file read earlier has the same problems. */
  void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  /** Every problem, in the order found. */
  List<Diagnostic> all() {
    return List.copyOf(all);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  public long errorCount() {
    return all.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
  }

  public long warningCount() {
    return all.size() - errorCount();
  }

  /** {@code 2 errors, 1 warning}: how many problems there are, for a one-line report. */
  public String counts() {
    return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Every problem, ordered by file, line and column so the output reads top to bottom. */
  public List<Diagnostic> sorted() {
    return all.stream()
        .sorted(
            Comparator.comparing((Diagnostic d) -> d.location().file())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()))
        .toList();
  }
}

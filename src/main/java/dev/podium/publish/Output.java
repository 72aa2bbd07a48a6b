package dev.podium.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run produces, in order: the files (not yet written) and the lines to report. A run that
 * fails keeps its reports and drops its files, so nothing is written: all files or none.
 */
public final class Output {
  private final Map<Path, byte[]> files = new LinkedHashMap<>();
  private final List<Report> reports = new ArrayList<>();

  public void file(Path path, byte[] bytes) {
    files.put(path, bytes);
  }

  public void report(Report report) {
    reports.add(report);
  }

  public void error(String line) {
    reports.add(new Report.Line(Report.Level.ERROR, line));
  }

  public void warning(String line) {
    reports.add(new Report.Line(Report.Level.WARNING, line));
  }

  /** The files, in the order they were made. */
  public Map<Path, byte[]> files() {
    return Collections.unmodifiableMap(files);
  }

  public List<Report> reports() {
    return Collections.unmodifiableList(reports);
  }

  /** The outcome: the files when it succeeded, none when it failed; the reports either way. */
  Publication finish(boolean ok) {
    return new Publication(ok ? new LinkedHashMap<>(files) : Map.of(), reports, ok);
  }
}

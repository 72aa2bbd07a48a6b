package dev.podium.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The result of building documents: every file they make, in order, and what to report; {@code ok}
 * false means nothing is to be written, and {@code files} is then empty.
 */
public record Publication(Map<Path, byte[]> files, List<Report> reports, boolean ok) {
  public Publication {
    files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    reports = List.copyOf(reports);
  }
}

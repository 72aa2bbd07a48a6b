package dev.podium.load;

/** One problem found in the seeds, pinned to where a person would fix it. */
public record Diagnostic(Severity severity, Location location, String message) {

  /** Errors stop a brief from being written; warnings only point at weak data. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** The one-line form {@code file:line:column: message} that editors and terminals link. */
  public String format() {
    String prefix = severity == Severity.WARNING ? "warning: " : "";
    return location + ": " + prefix + message;
  }
}

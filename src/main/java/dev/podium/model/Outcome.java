package dev.podium.model;

/** What a finding reports: that something fails or goes wrong, or that something works. */
public enum Outcome {
  FAILURE,
  SUCCESS;

  /** The spelling used in seed files and templates. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

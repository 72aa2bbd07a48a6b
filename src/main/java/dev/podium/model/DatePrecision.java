package dev.podium.model;

/** How much of a record's date the source gives; the date's other parts are placeholders. */
public enum DatePrecision {
  /** Only the year; the date is the year's first of January. */
  YEAR,
  /** Year and month; the date is the month's first day. */
  MONTH,
  /** The full date. */
  DAY;

  /** The spelling used in seed files. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

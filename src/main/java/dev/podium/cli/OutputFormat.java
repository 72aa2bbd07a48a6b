package dev.podium.cli;

import java.util.Locale;

/** Which files {@code podium brief} writes: the Markdown, the PDF typeset from it, or both. */
enum OutputFormat {
  MD(true, false),
  PDF(false, true),
  BOTH(true, true);

  private final boolean markdown;
  private final boolean pdf;

  OutputFormat(boolean markdown, boolean pdf) {
    this.markdown = markdown;
    this.pdf = pdf;
  }

  boolean markdown() {
    return markdown;
  }

  boolean pdf() {
    return pdf;
  }

  /** The format named {@code md}, {@code pdf} or {@code both}; a usage error otherwise. */
  static OutputFormat parse(String name) {
    for (OutputFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
        return format;
      }
    }
    throw new UsageException("unknown format '" + name + "'; use md, pdf or both");
  }
}

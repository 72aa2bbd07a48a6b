package dev.podium.cli;

import dev.podium.assemble.CitationStyle;
import picocli.CommandLine.Option;

/** The {@code --style} option: a CSL style Podium ships. */
final class StyleOption {
  @Option(
      names = "--style",
      paramLabel = "CSL",
      defaultValue = "ieee",
      description = "Citation style: ieee, apa or chicago-author-date (default: ${DEFAULT-VALUE}).")
  String style;

  CitationStyle resolve() {
    CitationStyle citationStyle = CitationStyle.named(style);
    if (citationStyle == null) {
      throw new UsageException(
          "unknown citation style '" + style + "'; offered: " + String.join(", ", CitationStyle.OFFERED));
    }
    return citationStyle;
  }
}

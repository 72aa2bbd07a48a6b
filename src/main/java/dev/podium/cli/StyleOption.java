package dev.podium.cli;

import dev.podium.assemble.CitationStyle;
import picocli.CommandLine.Option;

/** The {@code --style} option: a CSL style Podium ships. */
final class StyleOption {
  @Option(
      names = "--style",
      paramLabel = "CSL",
      defaultValue = "ieee",
      completionCandidates = StyleNames.class,
      description = "Citation style: ieee, apa or chicago-author-date (default: ${DEFAULT-VALUE}).")
  String style;

  /** The styles {@code --style} completes to. */
  static final class StyleNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return CitationStyle.OFFERED.iterator();
    }
  }

  CitationStyle resolve() {
    CitationStyle citationStyle = CitationStyle.named(style);
    if (citationStyle == null) {
      throw new UsageException(
          "unknown citation style '" + style + "'; offered: " + String.join(", ", CitationStyle.OFFERED));
    }
    return citationStyle;
  }
}

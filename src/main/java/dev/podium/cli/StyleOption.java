package dev.podium.cli;

import dev.podium.assemble.CitationStyle;
import dev.podium.assemble.CslStyle;
import dev.podium.assemble.InvalidStyleException;
import dev.podium.assemble.StyleCatalogue;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --style}, {@code --csl} and {@code --locale} options: how a brief cites. */
final class StyleOption {
  @Option(
      names = "--style",
      paramLabel = "ID",
      defaultValue = CitationStyle.DEFAULT,
      completionCandidates = StyleIds.class,
      description =
          "Citation style: a CSL style Podium ships, such as ieee, apa, chicago-author-date or"
              + " nature ('podium list styles' lists them; default: ${DEFAULT-VALUE}).")
  String style;

  @Option(
      names = "--csl",
      paramLabel = "FILE",
      description = "Citation style from a CSL style file, instead of --style.")
  Path csl;

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      completionCandidates = LocaleTags.class,
      description =
          "CSL locale for the references and citations, such as en-GB, de-DE or fr ('podium list"
              + " locales' lists them; default: the style's own, else en-US).")
  String locale;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * The style asked for; usage mistakes (an unknown id or locale, both --style and --csl) throw
   * {@link UsageException}, a style file that cannot be used throws {@link InputException}.
   */
  CitationStyle resolve() {
    StyleCatalogue catalogue = StyleCatalogue.shipped();
    // A default style, from Podium, the environment or podium.yaml, gives way to --csl.
    boolean styleGiven = command.commandLine().getParseResult().hasMatchedOption("--style");
    if (styleGiven && csl != null) {
      throw new UsageException("--style and --csl both name a style; give one of them");
    }
    String tag = null;
    if (locale != null) {
      tag = catalogue.locale(locale);
      if (tag == null) {
        throw new UsageException(
            "unknown CSL locale '"
                + locale
                + "'"
                + hint(catalogue.localesNear(locale))
                + "; 'podium list locales' lists all "
                + catalogue.localeTags().size());
      }
    }
    if (csl != null) {
      return CitationStyle.of(read(csl, catalogue), tag);
    }
    String id = style != null ? style : CitationStyle.DEFAULT;
    CslStyle shipped = catalogue.style(id);
    if (shipped == null) {
      throw new UsageException(
          "unknown citation style '"
              + id
              + "'"
              + hint(catalogue.stylesNear(id))
              + "; 'podium list styles' lists the "
              + catalogue.styleIds().size()
              + " Podium ships, and --csl FILE takes any other");
    }
    return CitationStyle.of(shipped, tag);
  }

  private static CslStyle read(Path file, StyleCatalogue catalogue) {
    String xml;
    try {
      xml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": style file not found");
    } catch (MalformedInputException e) {
      throw new InputException(file + ": not a CSL style: the file is not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read the style file (" + e.getMessage() + ")");
    }
    String name = file.getFileName().toString().replaceFirst("\\.csl$", "");
    try {
      return CslStyle.parse(name, xml, catalogue);
    } catch (InvalidStyleException e) {
      InvalidStyleException.Position at = e.position();
      throw new InputException(file + ":" + at.line() + ":" + at.column() + ": " + e.getMessage());
    }
  }

  private static String hint(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    if (near.size() == 1) {
      return " (did you mean " + near.get(0) + "?)";
    }
    return " (did you mean one of " + String.join(", ", near) + "?)";
  }

  /** The ids {@code --style} completes to. */
  static final class StyleIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return StyleCatalogue.shipped().styleIds().stream().sorted().iterator();
    }
  }

  /** The tags {@code --locale} completes to. */
  static final class LocaleTags implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return StyleCatalogue.shipped().localeTags().iterator();
    }
  }
}

package dev.podium.cli;

import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.Node;
import dev.podium.load.SeedText;
import dev.podium.load.SeedsDirectory;
import dev.podium.typeset.GlyphCoverage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium check}: reports every problem in the seeds at once. */
@Command(
    name = "check",
    description = "Check every seed file and report all problems at once.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeedsOption seeds;

  @Option(
      names = "--font",
      paramLabel = "FILE",
      description = "A fallback font the PDF will use; characters it has are not reported.")
  List<Path> fonts = new ArrayList<>();

  @Override
  public Integer call() {
    Console console = Console.of(spec);
    SeedsDirectory dir = seeds.resolve();
    Diagnostics diagnostics = new Diagnostics();
    new DossierLoader(dir).checkAll(diagnostics);
    warnAboutCharactersNoFontHas(dir, diagnostics);
    console.diagnostics(diagnostics);
    String summary =
        dir.displayPrefix()
            + ": "
            + dir.personaIds().size()
            + " persona(s), "
            + dir.motionIds().size()
            + " motion(s); "
            + diagnostics.counts();
    if (diagnostics.hasErrors()) {
      console.error("podium: " + summary);
      return ExitCode.BAD_INPUT.value();
    }
    console.info("ok: " + summary);
    return ExitCode.OK.value();
  }

  /** Text the PDF would print as a replacement mark, found before any PDF is made. */
  private void warnAboutCharactersNoFontHas(SeedsDirectory dir, Diagnostics diagnostics) {
    GlyphCoverage coverage = GlyphCoverage.of(fonts);
    for (Node.Scalar scalar : SeedText.scalars(dir)) {
      scalar
          .text()
          .codePoints()
          .distinct()
          .filter(cp -> !coverage.covers(cp))
          .forEach(
              cp ->
                  diagnostics.warning(
                      scalar.location(),
                      "no font has '"
                          + Character.toString(cp)
                          + "' (U+"
                          + String.format("%04X", cp)
                          + "); the PDF will show \uFFFD instead (add a font that has it with"
                          + " --font FILE)"));
    }
  }
}

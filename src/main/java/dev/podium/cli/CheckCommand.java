package dev.podium.cli;

import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SeedsDirectory dir = seeds.resolve();
    Diagnostics diagnostics = new Diagnostics();
    new DossierLoader(dir).checkAll(diagnostics);
    DiagnosticsPrinter.print(diagnostics, err);
    String summary =
        dir.displayPrefix() + ": " + dir.personaIds().size() + " persona(s), "
            + dir.motionIds().size() + " motion(s); " + DiagnosticsPrinter.count(diagnostics);
    if (diagnostics.hasErrors()) {
      err.println("podium: " + summary);
      return ExitCode.BAD_INPUT.value();
    }
    out.println("ok: " + summary);
    return ExitCode.OK.value();
  }
}

package dev.podium.cli;

import dev.podium.load.SeedsDirectory;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podium list}: the personas and motions in the seeds. */
@Command(
    name = "list",
    description = "List the personas and motions in the seeds.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeedsOption seeds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeedsDirectory dir = seeds.resolve();
    out.println("seeds: " + dir.displayPrefix());
    out.println("personas:");
    dir.personaIds().forEach(id -> out.println("  " + id));
    out.println("motions:");
    dir.motionIds().forEach(id -> out.println("  " + id));
    return ExitCode.OK.value();
  }
}

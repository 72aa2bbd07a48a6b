package dev.podium.cli;

import dev.podium.load.SchemaWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium schema KIND}: the JSON Schema of a kind of seed file, for editors. */
@Command(
    name = "schema",
    description =
        "Print the JSON Schema of a seed file kind: stances, motion, persona, evidence or themes.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KIND", description = "stances, motion, persona, evidence or themes")
  String kind;

  @Override
  public Integer call() {
    if (!SchemaWriter.KINDS.containsKey(kind)) {
      throw new UsageException(
          "unknown seed file kind '"
              + kind
              + "'; kinds: "
              + String.join(", ", SchemaWriter.KINDS.keySet())
              + Choices.hint(kind, SchemaWriter.KINDS.keySet()));
    }
    spec.commandLine().getOut().print(SchemaWriter.schema(kind));
    return ExitCode.OK.value();
  }
}

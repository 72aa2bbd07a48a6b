package dev.podium.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium init PERSONA}: a new persona's seed files, commented, ready to fill in. */
@Command(
    name = "init",
    description = "Create seeds/personas/PERSONA/ with commented persona, evidence and themes files.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PERSONA", description = "The new persona's id, e.g. jane-doe.")
  String persona;

  @Option(names = "--name", paramLabel = "NAME", description = "The person's name (default: from the id).")
  String name;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "Seeds folder to create the persona in (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    Choices.requireId("persona", persona);
    Path dir = new OutputFolder(seeds).resolve("personas", persona);
    if (Files.exists(dir)) {
      throw new UsageException(dir + " already exists; choose another id or edit it");
    }
    String display = name != null ? name : fromId(persona);
    for (String file : new String[] {"persona.yaml", "evidence.yaml", "themes.yaml"}) {
      String template = resource("/scaffold/" + file);
      Path target = dir.resolve(file);
      String content = template.replace("{{id}}", persona).replace("{{name}}", display.replace("\"", "'"));
      AtomicFiles.write(target, content);
      console.wrote(new WrittenFile(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }
    console.info("next: add evidence, then run podium check and podium brief " + persona);
    return ExitCode.OK.value();
  }

  private static String fromId(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  private static String resource(String name) throws IOException {
    try (var in = InitCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Podium was built without " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}

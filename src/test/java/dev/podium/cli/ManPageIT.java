package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The man pages in the distribution zip cover the command model: every command, every option. */
class ManPageIT {
  private static final String FOLDER = "podium-" + Version.get() + "/man/man1/";

  @Test
  void everyCommandHasAPageThatNamesItsOptionsParametersAndSubcommands() throws IOException {
    Map<String, String> pages = pages(Path.of("target", "podium-" + Version.get() + ".zip"));
    List<CommandLine> commands = commands(new CommandLine(new Main(), new Main.Factory()));
    assertThat(pages.keySet())
        .containsExactlyInAnyOrderElementsOf(commands.stream().map(ManPageIT::page).toList());
    for (CommandLine command : commands) {
      String page = pages.get(page(command));
      // Hidden options, such as the listing that completion asks for, are left out on purpose.
      for (OptionSpec option :
          command.getCommandSpec().options().stream().filter(o -> !o.hidden()).toList()) {
        for (String name : option.names()) {
          assertThat(page).as(page(command) + " names " + name).contains(name);
        }
        // The description as written, up to where defaults are filled in.
        assertThat(page)
            .as(page(command))
            .contains(option.description()[0].split("[;($]")[0].strip().replace('’', '\''));
      }
      for (PositionalParamSpec parameter : command.getCommandSpec().positionalParameters()) {
        assertThat(page).as(page(command)).contains(parameter.paramLabel());
      }
      for (String subcommand : command.getSubcommands().keySet()) {
        assertThat(page).as(page(command) + " names " + subcommand).contains(subcommand);
      }
    }
    assertThat(pages.get("podium.1")).containsIgnoringCase("Exit status").contains("bad input");
    for (String page : List.of("podium.1", "podium-brief.1", "podium-init.1")) {
      assertThat(pages.get(page))
          .as(page)
          .contains(".SH \"EXAMPLES\"")
          .contains(".SH \"ENVIRONMENT\" .sp PODIUM_SEEDS")
          .contains(".SH \"FILES\" .sp podium.yaml");
    }
  }

  private static String page(CommandLine command) {
    return command.getCommandSpec().qualifiedName("-") + ".1";
  }

  private static List<CommandLine> commands(CommandLine command) {
    List<CommandLine> all = new ArrayList<>(List.of(command));
    command.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
    return all;
  }

  /**
   * The text of each page, with the troff escapes for dashes and fonts taken out, and apostrophes
   * plain (Asciidoctor makes them typographic).
   */
  private static Map<String, String> pages(Path zip) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        if (entry.getName().startsWith(FOLDER) && !entry.isDirectory()) {
          String troff =
              new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          pages.put(entry.getName().substring(FOLDER.length()), plain(troff));
        }
      }
    }
    return pages;
  }

  private static String plain(String troff) {
    return troff
        .replace("\\-", "-")
        .replaceAll("\\\\f[BIRP]", "")
        .replace("\\(cq", "'")
        .replace("\\(aq", "'")
        .replace("\\(em", "—")
        .replaceAll("\\s+", " ");
  }
}

package dev.podium.cli;

import dev.podium.load.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The sections of a manual page after the options: examples, the environment variables and the
 * files a command reads. They are the footer of {@code --help} and of the man pages; a line {@code
 * == Title} starts a section (a heading in the man page, see {@link HelpSections} for the
 * terminal).
 */
final class ManualSections implements IModelTransformer {
  /** Starts a section in the footer. */
  static final String SECTION = "== ";

  private static final Map<String, List<String>> EXAMPLES =
      Map.of(
          "podium",
          List.of(
              "Start a folder of your own and brief a new speaker:",
              "  podium init jane-doe --name 'Jane Doe' && podium brief jane-doe",
              "Brief the bundled speaker for the team that debates him, as a PDF:",
              "  podium brief fazl-barez --kind opponent --format pdf",
              "Set this folder's citation style once instead of on every run:",
              "  echo 'style: apa' >> podium.yaml"),
          "podium brief",
          List.of(
              "The moderator brief of the first persona on the first motion, Markdown and PDF:",
              "  podium brief",
              "Every kind for one speaker on letter paper, measured from a fixed day:",
              "  podium brief jane-doe --kind all --paper letter --date 2026-11-30",
              "One handout straight into another program:",
              "  podium brief jane-doe --kind handout -o - | less"),
          "podium panel",
          List.of(
              "A panel pack for two speakers on the bundled motion:",
              "  podium panel fazl-barez philip-torr --motion ai-autonomy-over-life"),
          "podium init",
          List.of(
              "A new persona to fill in by hand (creates ./seeds if there is none):",
              "  podium init jane-doe --name 'Jane Doe'",
              "A persona filled from a Markdown profile and a publication listing:",
              "  podium init jane-doe --from-profile profile.md --from-listing pubs.txt"),
          "podium check",
          List.of("Every problem in ./seeds, with file:line:column:", "  podium check"),
          "podium completion",
          List.of(
              "Completion for this shell session (commands, options, kinds, personas, motions):",
              "  source <(podium completion)"));

  private static final List<String> ENVIRONMENT =
      List.of(
          String.join(", ", ProjectFile.KEYS.stream().map(DefaultValues::variable).toList()),
          "  Defaults for "
              + String.join(", ", ProjectFile.KEYS.stream().map(k -> "--" + k).toList())
              + ".",
          "  Options on the command line win over them, and they win over podium.yaml.",
          "NO_COLOR",
          "  Set to anything: errors and warnings are not coloured on a terminal.");

  private static final List<String> FILES =
      List.of(
          "podium.yaml",
          "  Defaults for runs in this folder: " + String.join(", ", ProjectFile.KEYS) + ".",
          "  Each is written as on the command line, e.g. style: apa.",
          "seeds/",
          "  stances.yaml, motions/ID.yaml and personas/ID/{persona,themes,evidence}.yaml.",
          "  Without ./seeds (or --seeds DIR), the sample bundled with Podium is read.",
          "templates/",
          "  Templates that replace Podium's own, file by file.",
          "briefs/",
          "  Where briefs are written (--out DIR).");

  @Override
  public CommandSpec transform(CommandSpec root) {
    add(root);
    return root;
  }

  private static void add(CommandSpec command) {
    List<String> footer = new ArrayList<>();
    List<String> examples = EXAMPLES.get(command.qualifiedName(" "));
    boolean shared = command.parent() == null || DefaultValues.applies(command);
    String heading = null;
    if (examples != null) {
      heading = "Examples";
      footer.addAll(examples);
    }
    if (shared) {
      heading = section(footer, heading, "Environment", ENVIRONMENT);
      section(footer, heading, "Files", FILES);
    }
    if (heading != null) {
      command.usageMessage().footerHeading(heading).footer(footer.toArray(String[]::new));
    }
    for (CommandLine sub : command.subcommands().values()) {
      add(sub.getCommandSpec());
    }
  }

  /** Adds a section; the first one's title is the footer's heading. Returns that heading. */
  private static String section(
      List<String> footer, String heading, String title, List<String> lines) {
    if (heading != null) {
      footer.add("");
      footer.add(SECTION + title);
      footer.add("");
    }
    footer.addAll(lines);
    return heading == null ? title : heading;
  }
}

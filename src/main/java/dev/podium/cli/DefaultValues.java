package dev.podium.cli;

import dev.podium.load.Diagnostics;
import dev.podium.load.ProjectFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for the options a project sets once: an option on the command line wins, then an
 * environment variable ({@code PODIUM_STYLE} for {@code --style}), then the project file, then
 * Podium's own default.
 */
final class DefaultValues implements IDefaultValueProvider {
  /** Where defaults come from: the environment and the project file, if there is one. */
  record Sources(Map<String, String> environment, Path projectFile) {
    /** No defaults but Podium's own: in-process runs and tests. */
    static final Sources NONE = new Sources(Map.of(), null);

    Sources {
      environment = Map.copyOf(environment);
    }

    /** The process's environment and {@code podium.yaml} in the working folder. */
    static Sources ofProcess() {
      return new Sources(System.getenv(), Path.of(ProjectFile.NAME));
    }
  }

  private final Map<String, String> environment;
  private final ProjectFile project;

  private DefaultValues(Map<String, String> environment, ProjectFile project) {
    this.environment = environment;
    this.project = project;
  }

  /** Reads the project file; its problems go to the diagnostics, with their places. */
  static DefaultValues read(Sources sources, Diagnostics diagnostics) {
    ProjectFile project =
        sources.projectFile() == null
            ? ProjectFile.none()
            : ProjectFile.read(
                sources.projectFile(), sources.projectFile().toString(), diagnostics);
    return new DefaultValues(sources.environment(), project);
  }

  /** The environment variable that sets an option's default: {@code PODIUM_SEEDS}, … */
  static String variable(String key) {
    return "PODIUM_" + key.toUpperCase(Locale.ROOT);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    Origin origin = origin(arg);
    return origin == null ? null : origin.value();
  }

  /** Where an option's default comes from and what it is, when not Podium's own. */
  record Origin(String value, String source) {}

  /** Where the default of the option comes from: "PODIUM_STYLE", "podium.yaml:2:8", or null. */
  String source(OptionSpec option) {
    Origin origin = origin(option);
    return origin == null ? null : origin.source();
  }

  private Origin origin(ArgSpec arg) {
    String key = key(arg);
    if (key == null) {
      return null;
    }
    String fromEnvironment = environment.get(variable(key));
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new Origin(fromEnvironment, variable(key));
    }
    ProjectFile.Setting setting = project.settings().get(key);
    return setting == null ? null : new Origin(setting.value(), setting.location().toString());
  }

  private static String key(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
      return null;
    }
    String key = option.longestName().substring(2);
    return ProjectFile.KEYS.contains(key) ? key : null;
  }

  /** Whether any option of the command takes its default from here. */
  static boolean applies(CommandSpec command) {
    return command.options().stream().anyMatch(o -> key(o) != null);
  }

  /**
   * For {@code --help}: the order defaults are taken in, the project file in use, and the defaults
   * of this command that come from the environment or the project file.
   */
  String describe(CommandSpec command) {
    String order =
        "Defaults: the command line wins, then the environment ("
            + String.join(", ", ProjectFile.KEYS.stream().map(DefaultValues::variable).toList())
            + "), then "
            + ProjectFile.NAME
            + " in the working folder ("
            + (project.displayName().isEmpty() ? "none here" : "in use")
            + "), then Podium's own.";
    List<String> lines = new ArrayList<>(wrap(order));
    for (OptionSpec option : command.options()) {
      Origin origin = origin(option);
      if (origin != null) {
        lines.add(
            "  "
                + option.longestName()
                + " "
                + origin.value()
                + "  (from "
                + origin.source()
                + ")");
      }
    }
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  /** Lines of at most 80 columns, as picocli wraps the rest of the help. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > 80) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}

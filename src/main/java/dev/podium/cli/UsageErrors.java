package dev.podium.cli;

import dev.podium.load.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words for a command line that picocli could not parse: one line that says what is wrong, then a
 * "did you mean" line for a misspelt command or option, else where to find the usage.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The lines to print for the exception; the first is the error itself. */
  static List<String> describe(ParameterException e, DefaultValues defaults) {
    List<String> lines = new ArrayList<>();
    lines.add("podium: " + message(e, defaults));
    String suggestion =
        e instanceof UnmatchedArgumentException unmatched ? suggestion(unmatched) : null;
    lines.add(
        suggestion != null
            ? "Did you mean '" + suggestion + "'?"
            : "Try 'podium " + commandName(e.getCommandLine()) + "--help' for usage.");
    return lines;
  }

  private static String message(ParameterException e, DefaultValues defaults) {
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof TypeConversionException conversion && arg instanceof OptionSpec o) {
      String from = defaults.source(o);
      return o.longestName()
          + (from == null ? "" : " (from " + from + ")")
          + ": "
          + (o.type().isEnum() ? expectedOneOf(o, e.getValue()) : conversion.getMessage());
    }
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.isUnknownOption()
        && !e.getCommandLine().getSubcommands().isEmpty()) {
      return "unknown command '"
          + unmatched.getUnmatched().get(0)
          + "'; commands: "
          + String.join(", ", visibleSubcommands(e.getCommandLine()));
    }
    return e.getMessage();
  }

  /** For options of a fixed set of values: the values, and the nearest when it is a typo. */
  private static String expectedOneOf(OptionSpec option, String given) {
    List<String> values = new ArrayList<>();
    option.completionCandidates().forEach(values::add);
    return "expected "
        + String.join(" or ", values)
        + ", got '"
        + given
        + "'"
        + Choices.hint(given, values);
  }

  /** The nearest command or option to the first unmatched word, if it is near enough. */
  private static String suggestion(UnmatchedArgumentException e) {
    if (e.getUnmatched().isEmpty()) {
      return null;
    }
    String word = e.getUnmatched().get(0);
    CommandLine command = e.getCommandLine();
    List<String> candidates = new ArrayList<>();
    if (e.isUnknownOption()) {
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (!option.hidden()) {
          candidates.addAll(List.of(option.names()));
        }
      }
      String closest = Suggestions.closest(name, candidates);
      return closest == null ? first(e.getSuggestions()) : closest;
    }
    candidates.addAll(visibleSubcommands(command));
    String closest = Suggestions.closest(word, candidates);
    return closest == null ? null : qualified(command.getCommandSpec(), closest);
  }

  private static String first(List<String> suggestions) {
    return suggestions.size() == 1 ? suggestions.get(0) : null;
  }

  private static String qualified(CommandSpec command, String subcommand) {
    return command.qualifiedName(" ") + " " + subcommand;
  }

  private static List<String> visibleSubcommands(CommandLine command) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
        names.add(sub.getKey());
      }
    }
    return names;
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
  }
}

package dev.podium.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The part of the bash completion script that picocli cannot write: persona and motion ids, which
 * depend on the seeds folder at the moment of completion. The script asks {@code podium list --ids}
 * for them, and leaves everything else to picocli's completion function.
 */
final class IdCompletion {
  /** picocli's completion function for the root command. */
  private static final String PICOCLI_FUNCTION = "_complete_podium";

  private IdCompletion() {}

  /** Shell code to append to picocli's script; it takes over completion of {@code podium}. */
  static String script(CommandLine root) {
    Map<String, String> personaCommands = new TreeMap<>();
    collect(root, personaCommands);
    StringBuilder cases = new StringBuilder();
    personaCommands.forEach(
        (name, valueOptions) ->
            cases
                .append("      ")
                .append(name)
                .append(") takes_value=\"")
                .append(valueOptions)
                .append("\"; break ;;\n"));
    return """

    # Persona and motion ids come from the seeds at the moment of completion: podium lists them
    # (from the --seeds folder on the line, if there is one). All else is completed as above.
    function _podium_ids() {
      local seeds=() i
      for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == --seeds ]]; then seeds=(--seeds "${COMP_WORDS[i+1]}"); fi
      done
      podium list --ids "$1" "${seeds[@]}" 2>/dev/null
    }

    function _podium_complete_with_ids() {
      local curr_word=${COMP_WORDS[COMP_CWORD]}
      local prev_word=${COMP_WORDS[COMP_CWORD-1]}
      local IFS=$'\\n'
      case ${prev_word} in
        --motion)
          COMPREPLY=( $(compgen -W "$(_podium_ids motions)" -- "${curr_word}") ); return ;;
        --persona)
          COMPREPLY=( $(compgen -W "$(_podium_ids personas)" -- "${curr_word}") ); return ;;
      esac
      unset IFS
      %s "$@"
      if [[ ${#COMPREPLY[@]} -gt 0 || ${curr_word} == -* ]]; then return; fi
      # A persona id where a command takes one, unless the word before wants a value.
      local takes_value="" i
      for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
    %s    esac
      done
      if [[ -n ${takes_value} && " ${takes_value} " != *" ${prev_word} "* ]]; then
        local IFS=$'\\n'
        COMPREPLY=( $(compgen -W "$(_podium_ids personas)" -- "${curr_word}") )
      fi
    }

    complete -F _podium_complete_with_ids -o default podium podium.sh podium.bash
    """
        .formatted(PICOCLI_FUNCTION, cases);
  }

  /**
   * Commands that take existing persona ids as parameters, each with its options that take a value.
   * {@code init} is left out: it takes a new id.
   */
  private static void collect(CommandLine command, Map<String, String> personaCommands) {
    CommandSpec spec = command.getCommandSpec();
    boolean takesPersonas =
        spec.positionalParameters().stream()
            .map(PositionalParamSpec::paramLabel)
            .anyMatch("PERSONA"::equals);
    if (takesPersonas && !spec.name().equals("init")) {
      List<String> valueOptions = new ArrayList<>();
      for (OptionSpec option : spec.options()) {
        if (option.arity().max() > 0) {
          valueOptions.addAll(List.of(option.names()));
        }
      }
      personaCommands.put(spec.name(), String.join(" ", valueOptions));
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, personaCommands));
  }
}

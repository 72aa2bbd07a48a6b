package dev.podium.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code podium completion}: a bash completion script generated from the command model, so it never
 * falls behind the options, with persona and motion ids asked of the seeds as one types. zsh loads
 * it too, after {@code autoload bashcompinit; bashcompinit}.
 */
@Command(
    name = "completion",
    description = {
      "Print a bash/zsh completion script. Use: source <(podium completion)",
      "(zsh: autoload -U +X bashcompinit && bashcompinit first)."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.commandLine().getParent();
    String script = AutoComplete.bash("podium", root) + IdCompletion.script(root);
    spec.commandLine().getOut().print(script);
    return ExitCode.OK.value();
  }
}

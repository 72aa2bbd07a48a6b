package dev.podium.cli;

import dev.podium.server.TerminalCheck;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * What Podium's output is connected to: a terminal, where a progress line may be rewritten in place
 * and colour helps, or a pipe or file, which gets plain lines only.
 *
 * @param interactive the output is a terminal, so a line may be rewritten with a carriage return
 * @param colour errors and warnings may be coloured
 * @param usage how picocli colours help and version text: its own detection in-process, decided for
 *     the client when the background server prints for it
 */
record Terminal(boolean interactive, boolean colour, Ansi usage) {
  /** Plain lines: what tests and pipes get. */
  static final Terminal NONE = new Terminal(false, false);

  Terminal(boolean interactive, boolean colour) {
    this(interactive, colour, Ansi.AUTO);
  }

  /**
   * Looks at the process's own console. Colour follows picocli's rules (a terminal, and neither
   * {@code NO_COLOR} nor {@code CLICOLOR=0} set); it is never on without a terminal, so piped
   * output stays plain even under {@code CLICOLOR_FORCE}.
   */
  static Terminal detect() {
    boolean interactive = TerminalCheck.isTerminal();
    return new Terminal(interactive, interactive && Ansi.AUTO.enabled());
  }

  /**
   * The terminal of a client whose output is (or is not) a terminal, judged by picocli's rules for
   * Unix on the given environment. The background server's own output is a log file, so picocli's
   * detection would judge the wrong process.
   */
  static Terminal ofClient(boolean interactive, Map<String, String> env) {
    boolean ansi;
    if (env.get("NO_COLOR") != null) {
      ansi = false;
    } else if (env.get("CLICOLOR_FORCE") != null && !"0".equals(env.get("CLICOLOR_FORCE"))) {
      ansi = true;
    } else if ("0".equals(env.get("CLICOLOR")) || "OFF".equals(env.get("ConEmuANSI"))) {
      ansi = false;
    } else {
      ansi = interactive;
    }
    return new Terminal(interactive, interactive && ansi, ansi ? Ansi.ON : Ansi.OFF);
  }
}

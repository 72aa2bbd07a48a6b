package dev.podium.cli;

import java.lang.reflect.Method;
import picocli.CommandLine.Help.Ansi;

/**
 * What Podium's output is connected to: a terminal, where a progress line may be rewritten in
 * place and colour helps, or a pipe or file, which gets plain lines only.
 *
 * @param interactive the output is a terminal, so a line may be rewritten with a carriage return
 * @param colour errors and warnings may be coloured
 */
record Terminal(boolean interactive, boolean colour) {
  /** Plain lines: what tests and pipes get. */
  static final Terminal NONE = new Terminal(false, false);

  /**
   * Looks at the process's own console. Colour follows picocli's rules (a terminal, and neither
   * {@code NO_COLOR} nor {@code CLICOLOR=0} set); it is never on without a terminal, so piped output
   * stays plain even under {@code CLICOLOR_FORCE}.
   */
  static Terminal detect() {
    boolean interactive = isTerminal();
    return new Terminal(interactive, interactive && Ansi.AUTO.enabled());
  }

  /**
   * Whether standard input and output are a terminal. From JDK 22 {@code System.console()} is
   * there even when the output is redirected, and only {@code Console.isTerminal()} (absent on 21,
   * which Podium is compiled for) tells.
   */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}

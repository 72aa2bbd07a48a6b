package dev.podium.server;

import java.lang.reflect.Method;

/** Whether this process talks to a terminal: what a client tells the server about itself. */
public final class TerminalCheck {
  private TerminalCheck() {}

  /**
   * Whether standard input and output are a terminal. From JDK 22 {@code System.console()} is there
   * even when the output is redirected, and only {@code Console.isTerminal()} (absent on 21, which
   * Podium is compiled for) tells.
   */
  public static boolean isTerminal() {
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

package dev.podium.cli;

import java.io.IOException;

/**
 * Keeps a process that is being stopped from committing work it computed while stopping. When
 * the JVM shuts down (Ctrl-C, kill), Java 2D closes the font files charts measure text with, so a
 * brief still being made may be set with wrong widths; such work is never moved into place. A
 * commit already under way is let finish, so the folder is the old set or the new one.
 */
final class ShutdownGate {
  private static final long FINISH_MILLIS = 10_000;

  private static boolean closing;
  private static int active;
  private static boolean hooked;

  private ShutdownGate() {}

  /** Enters a commit; refuses when the process is stopping. */
  static synchronized void enter() throws IOException {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(ShutdownGate::close, "podium-commit-gate"));
      hooked = true;
    }
    if (closing) {
      throw new IOException("the process is stopping; nothing more is written");
    }
    active++;
  }

  static synchronized void leave() {
    active--;
    ShutdownGate.class.notifyAll();
  }

  private static synchronized void close() {
    closing = true;
    long until = System.currentTimeMillis() + FINISH_MILLIS;
    while (active > 0 && System.currentTimeMillis() < until) {
      try {
        ShutdownGate.class.wait(Math.max(1, until - System.currentTimeMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}

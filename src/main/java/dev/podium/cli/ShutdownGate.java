package dev.podium.cli;

import java.io.IOException;

/**
 * Keeps a process that is being stopped from committing work it computed while stopping. When the
 * JVM shuts down (Ctrl-C, kill), Java 2D closes the font files charts measure text with, so a brief
 * still being made may be set with wrong widths; such work is never moved into place. A commit
 * already under way is let finish, so the folder is the old set or the new one.
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
    if (closing || shuttingDown()) {
      throw new IOException("the process is stopping; nothing more is written");
    }
    active++;
  }

  /**
   * Whether the JVM has begun to shut down. The hooks run in no set order, so this gate's own may
   * not have run yet while Java 2D's has closed the fonts; the JVM refuses new hooks from the
   * moment shutdown begins, before any hook runs, which tells it for certain.
   */
  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
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

package dev.podium.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends a command that runs until told to stop, such as {@code brief --watch}. A test calls {@link
 * #stop()}; in a real process Ctrl-C does, and since stopping is how a watch is meant to end, the
 * process then exits 0 instead of the usual 130 of an interrupted program.
 */
final class StopHandle {
  // How long Ctrl-C waits for a rebuild in progress to finish writing before the process ends.
  private static final long FINISH_SECONDS = 30;

  private final boolean ownsProcess;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final List<Runnable> actions = new CopyOnWriteArrayList<>();

  private StopHandle(boolean ownsProcess) {
    this.ownsProcess = ownsProcess;
  }

  /** A handle only {@link #stop()} triggers: for tests and in-process runs. */
  static StopHandle manual() {
    return new StopHandle(false);
  }

  /** The handle of the running process: Ctrl-C (or a plain kill) stops what is running. */
  static StopHandle forProcess() {
    return new StopHandle(true);
  }

  /** Stops the command; actions registered with {@link #onStop} run now, once. */
  void stop() {
    if (stopped.getCount() == 0) {
      return;
    }
    stopped.countDown();
    actions.forEach(Runnable::run);
  }

  boolean isStopped() {
    return stopped.getCount() == 0;
  }

  /** Runs the action when the handle is stopped, or at once if it already was. */
  void onStop(Runnable action) {
    actions.add(action);
    if (isStopped()) {
      action.run();
    }
  }

  /**
   * Marks the span of a command that runs until stopped. For the process's handle, a signal that
   * ends the JVM stops the command, waits for it to leave the span, and ends the process with
   * status 0; outside the span a signal ends the process as usual.
   */
  Span running() {
    CountDownLatch left = new CountDownLatch(1);
    Thread hook = null;
    if (ownsProcess) {
      hook =
          new Thread(
              () -> {
                stop();
                try {
                  left.await(FINISH_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                // Status 0 despite the signal; halt, because exit would wait for this very hook.
                Runtime.getRuntime().halt(ExitCode.OK.value());
              },
              "podium-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    }
    return new Span(hook, left);
  }

  /** The span of a running command; closing it says the command is done. */
  record Span(Thread hook, CountDownLatch left) implements AutoCloseable {
    @Override
    public void close() {
      left.countDown();
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running and waits for this span; it ends the process.
        }
      }
    }
  }
}

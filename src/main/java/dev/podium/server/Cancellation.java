package dev.podium.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a running command that its client wants it stopped (Ctrl-C, or the client went away), or
 * that the server is stopping. Thread-safe; the actions run once, on the cancelling thread.
 */
public final class Cancellation {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final List<Runnable> actions = new CopyOnWriteArrayList<>();

  /** Runs the action on cancellation, or at once if the command was already cancelled. */
  public void onCancel(Runnable action) {
    actions.add(action);
    if (cancelled.get()) {
      action.run();
    }
  }

  void cancel() {
    if (cancelled.compareAndSet(false, true)) {
      actions.forEach(Runnable::run);
    }
  }
}

package dev.podium.cli;

import java.util.Arrays;

/**
 * Runs Podium but kills the process, as a power cut would, just before the Nth rename of its commit
 * (the first argument). It lives with the tests only, so the fault cannot be triggered from the
 * shipped command.
 */
public final class KillingMain {
  private KillingMain() {}

  public static void main(String[] args) {
    int at = Integer.parseInt(args[0]);
    AtomicFiles.beforeRename =
        n -> {
          if (n == at) {
            Runtime.getRuntime().halt(137);
          }
        };
    Main.main(Arrays.copyOfRange(args, 1, args.length));
  }
}

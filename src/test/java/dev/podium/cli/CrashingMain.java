package dev.podium.cli;

/**
 * Runs Podium but kills the process halfway through its first file write, as a power cut would. It
 * lives with the tests only, so the fault cannot be triggered from the shipped command.
 */
public final class CrashingMain {
  private CrashingMain() {}

  public static void main(String[] args) {
    AtomicFiles.midWrite = () -> Runtime.getRuntime().halt(137);
    Main.main(args);
  }
}

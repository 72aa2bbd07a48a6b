package dev.podium.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a server as a background process of its own: same JDK, same jar, its own session (so that
 * Ctrl-C or closing the terminal that started it does not end it), output to a log file in the
 * socket folder. The process is not waited for.
 */
public final class ServerProcess {
  private ServerProcess() {}

  /**
   * Starts {@code java [jvmOptions] -cp CLASSPATH mainClass args} in the background, with this
   * JVM's class path, once the process {@code afterPid} has ended (at once if it is not positive).
   *
   * @param jvmOptions options for the server's JVM
   * @param afterPid the process running the command that starts the server: a JVM loading its
   *     classes beside that command would take half of two cores from it (a first command of 2.2 s
   *     instead of 1.2 s, measured), so the server's JVM starts after it
   */
  public static Process start(
      SocketFolder folder,
      ServerKey key,
      List<String> jvmOptions,
      String mainClass,
      List<String> args,
      long afterPid)
      throws IOException {
    List<String> command = new ArrayList<>();
    // setsid puts the server in a session of its own, away from the terminal's signals.
    for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(setsid))) {
        command.add(setsid);
        break;
      }
    }
    if (afterPid > 0 && Files.isExecutable(Path.of("/bin/sh"))) {
      command.addAll(
          List.of(
              "/bin/sh",
              "-c",
              "while kill -0 \"$0\" 2>/dev/null; do sleep 0.1; done; exec \"$@\"",
              Long.toString(afterPid)));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.redirectOutput(folder.log(key.id()).toFile());
    builder.redirectErrorStream(true);
    return builder.start();
  }
}

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
   * JVM's class path.
   *
   * @param jvmOptions options for the server's JVM, such as the start-up cache to use
   */
  public static Process start(
      SocketFolder folder,
      ServerKey key,
      List<String> jvmOptions,
      String mainClass,
      List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    // setsid puts the server in a session of its own, away from the terminal's signals.
    for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(setsid))) {
        command.add(setsid);
        break;
      }
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

package dev.podium.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a server's answers depend on besides the command line: where Podium's jar and the JDK are,
 * the working folder and the environment variables Podium or the JVM read. A client uses only a
 * server whose key text equals its own, so a server of another jar or JDK, in another folder or
 * with another {@code PODIUM_*} setting is never asked. The text holds only what a client can tell
 * without a JVM (the launcher's script client builds the same text); that the jar and the JDK are
 * still the bytes the server started with is the server's own check ({@link CodeFingerprint}).
 *
 * @param text the full description, compared exactly by the server
 * @param id a short hash of the text, which names the socket
 */
public record ServerKey(String text, String id) {
  /** Variables that change what a command prints or how the JVM reads and formats text. */
  private static final Set<String> VARIABLES =
      Set.of(
          "NO_COLOR",
          "CLICOLOR",
          "CLICOLOR_FORCE",
          "TERM",
          "OSTYPE",
          "ANSICON",
          "ConEmuANSI",
          "COLUMNS",
          "LANG",
          "LANGUAGE",
          "LC_ALL",
          "LC_CTYPE",
          "LC_MESSAGES",
          "LC_TIME",
          "LC_NUMERIC",
          "TZ",
          "HOME",
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS");

  /** The key of this JVM, its code location, working folder and the given environment. */
  public static ServerKey of(Map<String, String> env) throws IOException {
    return of(codeLocation(), Path.of(System.getProperty("user.dir")), env);
  }

  /** The key of commands run with this JDK from the given code, folder and environment. */
  public static ServerKey of(Path code, Path workingFolder, Map<String, String> env) {
    StringBuilder text = new StringBuilder();
    text.append("code ").append(code.toAbsolutePath()).append('\n');
    text.append("java ").append(System.getProperty("java.home")).append('\n');
    text.append("cwd ").append(workingFolder.toAbsolutePath()).append('\n');
    Map<String, String> relevant = new TreeMap<>();
    env.forEach(
        (name, value) -> {
          if (VARIABLES.contains(name)
              || (name.startsWith("PODIUM_") && !name.startsWith("PODIUM_SERVER"))) {
            relevant.put(name, value);
          }
        });
    relevant.forEach(
        (name, value) -> text.append("env ").append(name).append('=').append(value).append('\n'));
    return new ServerKey(text.toString(), hash(text.toString()));
  }

  /** The jar (or, in a build tree, the classes folder) this class was loaded from. */
  public static Path codeLocation() throws IOException {
    try {
      return Path.of(ServerKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException e) {
      throw new IOException("cannot tell where Podium's code is: " + e.getMessage());
    }
  }

  // FNV-1a, 64 bits: a name for the socket, not a defence; the server compares the whole text.
  // The script client computes the same.
  private static String hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return String.format("%016x", hash);
  }
}

package dev.podium.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a server's answers depend on besides the command line: Podium's jar (path, size and time),
 * the JDK, the working folder and the environment variables Podium or the JVM read. A client uses
 * only a server whose key text equals its own, so a server built from another jar, run by another
 * JDK, in another folder or with another {@code PODIUM_*} setting is never asked.
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
  public static ServerKey of(Path code, Path workingFolder, Map<String, String> env)
      throws IOException {
    StringBuilder text = new StringBuilder();
    BasicFileAttributes jar = Files.readAttributes(code, BasicFileAttributes.class);
    text.append("code ")
        .append(code.toAbsolutePath())
        .append(' ')
        .append(jar.size())
        .append(' ')
        .append(jar.lastModifiedTime().toMillis())
        .append('\n');
    text.append("java ")
        .append(System.getProperty("java.home"))
        .append(' ')
        .append(System.getProperty("java.vm.version"))
        .append('\n');
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

  /** The first line of the key: where the code is, with its size and time. */
  String codeLine() {
    return text.substring(0, text.indexOf('\n'));
  }

  // FNV-1a, 64 bits: a name for the socket, not a defence; the server compares the whole text.
  private static String hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return String.format("%016x", hash);
  }
}

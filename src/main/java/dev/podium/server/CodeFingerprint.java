package dev.podium.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Size, time and file identity of Podium's jar and of the JDK's class image. A server takes one
 * when it starts and compares before every command: a rebuilt jar or a JDK updated in place means
 * the code it has loaded is no longer what a client would run, so it refuses and stops.
 *
 * @param text one line per file
 */
record CodeFingerprint(String text) {
  /** The fingerprint of the code this JVM runs now. */
  static CodeFingerprint current() throws IOException {
    return of(ServerKey.codeLocation(), Path.of(System.getProperty("java.home")));
  }

  static CodeFingerprint of(Path code, Path javaHome) {
    return new CodeFingerprint(
        describe(code) + "\n" + describe(javaHome.resolve("lib").resolve("modules")));
  }

  private static String describe(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return file
          + " "
          + attributes.size()
          + " "
          + attributes.lastModifiedTime()
          + " "
          + attributes.fileKey();
    } catch (IOException e) {
      return file + " unreadable";
    }
  }
}

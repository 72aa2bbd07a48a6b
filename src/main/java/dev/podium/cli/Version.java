package dev.podium.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Podium's own version, as Maven stamped it at build time. */
public final class Version {
  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/podium.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}

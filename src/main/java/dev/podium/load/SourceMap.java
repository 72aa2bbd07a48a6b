package dev.podium.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each bound value came from, by path ({@code themes[0].arguments[1].evidence[2]}), so that
 * checks made after binding can still point at the right line and column.
 */
public final class SourceMap {
  private final String file;
  private final Map<String, Location> locations = new HashMap<>();

  public SourceMap(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  void put(String path, Location location) {
    locations.putIfAbsent(path, location);
  }

  /** The location of the path, or of its nearest recorded ancestor, or the file's start. */
  public Location locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Location at = locations.get(p);
      if (at != null) {
        return at;
      }
      p = parent(p);
    }
    Location root = locations.get("");
    return root != null ? root : Location.startOf(file);
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** {@code base.name}, or {@code name} at the root. */
  public static String field(String base, String name) {
    return base.isEmpty() ? name : base + "." + name;
  }

  /** {@code base[index]}. */
  public static String item(String base, int index) {
    return base + "[" + index + "]";
  }
}

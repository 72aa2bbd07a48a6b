package dev.podium.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code podium.yaml}: defaults for options that would otherwise be repeated on every
 * run, each with the place it was written so that a bad value can be pointed at.
 */
public record ProjectFile(String displayName, Map<String, Setting> settings) {
  /** The file's name; Podium looks for it in the working folder. */
  public static final String NAME = "podium.yaml";

  /**
   * The keys a project file may set, each the long name of the option it gives a default for; an
   * option named here (a later --locale, say) also takes its default from PODIUM_KEY.
   */
  public static final List<String> KEYS =
      List.of("seeds", "motion", "style", "locale", "paper", "format");

  /** One default: the option's long name without dashes, its value, and where it was written. */
  public record Setting(String key, String value, Location location) {}

  public ProjectFile {
    settings = Map.copyOf(settings);
  }

  /** A project without a file: no defaults. */
  public static ProjectFile none() {
    return new ProjectFile("", Map.of());
  }

  /**
   * Reads the file if it exists; problems become located errors and leave no settings. An empty
   * file sets nothing.
   */
  public static ProjectFile read(Path file, String displayName, Diagnostics diagnostics) {
    if (!Files.isRegularFile(file)) {
      return none();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      diagnostics.error(Location.startOf(displayName), "cannot read file as UTF-8 text: " + e);
      return none();
    }
    // A file of comments only is a project that sets nothing yet, not a mistake.
    if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
      return new ProjectFile(displayName, Map.of());
    }
    Node root = new YamlReader().parse(text, displayName, diagnostics);
    if (root == null) {
      return none();
    }
    if (!(root instanceof Node.Mapping mapping)) {
      diagnostics.error(
          root.location(),
          "expected a mapping of defaults such as 'style: apa', found " + root.describe());
      return none();
    }
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      Setting setting = setting(entry, diagnostics);
      if (setting != null) {
        settings.put(setting.key(), setting);
      }
    }
    return diagnostics.hasErrors() ? none() : new ProjectFile(displayName, settings);
  }

  private static Setting setting(Node.Entry entry, Diagnostics diagnostics) {
    if (!KEYS.contains(entry.key())) {
      String closest = Suggestions.closest(entry.key(), KEYS);
      diagnostics.error(
          entry.keyLocation(),
          "unknown key '"
              + entry.key()
              + "'"
              + (closest == null ? "" : "; did you mean '" + closest + "'?")
              + " (keys: "
              + String.join(", ", KEYS)
              + ")");
      return null;
    }
    if (!(entry.value() instanceof Node.Scalar scalar)
        || scalar.kind() == Node.Scalar.Kind.NULL
        || scalar.text().isBlank()) {
      diagnostics.error(
          entry.value().location(),
          "expected a value for '"
              + entry.key()
              + "', as on the command line (--"
              + entry.key()
              + " VALUE), found "
              + (entry.value() instanceof Node.Scalar ? "nothing" : entry.value().describe()));
      return null;
    }
    return new Setting(entry.key(), scalar.text(), scalar.location());
  }
}

package dev.podium.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where templates come from: each file is looked up in the folders in order, so a user folder can
 * override one partial and take the rest from Podium's own copy.
 */
public record TemplateSource(List<Root> roots) {
  public TemplateSource {
    roots = List.copyOf(roots);
  }

  /** A folder of templates and the name to show for files in it. */
  public record Root(Path dir, String displayPrefix) {}

  /** The file for a template name such as {@code partials/card.md.mustache}, or {@code null}. */
  public Found find(String name) {
    for (Root root : roots) {
      Path file = root.dir().resolve(name).normalize();
      if (file.startsWith(root.dir().normalize()) && Files.isRegularFile(file)) {
        return new Found(file, root.displayPrefix() + "/" + name);
      }
    }
    return null;
  }

  /** A located template file. */
  public record Found(Path file, String displayName) {
    public String read() {
      try {
        return Files.readString(file);
      } catch (IOException e) {
        throw new TemplateException(displayName, 0, "cannot read template: " + e.getMessage());
      }
    }
  }

  /** Describes the folders searched, for "not found" messages. */
  public String searched() {
    return String.join(", ", roots.stream().map(Root::displayPrefix).toList());
  }
}

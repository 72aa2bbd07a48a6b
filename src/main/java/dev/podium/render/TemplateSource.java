package dev.podium.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Where templates come from: each file is looked up in the folders in order, so a user folder can
 * override one partial and take the rest from Podium's own copy.
 */
public record TemplateSource(List<Root> roots) {
  public TemplateSource {
    roots = List.copyOf(roots);
  }

  /**
   * A folder of templates and the name to show for files in it. The folder is found when first
   * searched: opening the jar for the bundled templates costs start-up time that a run whose
   * templates are all in ./templates need not pay.
   */
  public record Root(Supplier<Path> location, String displayPrefix) {
    public Root(Path dir, String displayPrefix) {
      this(() -> dir, displayPrefix);
    }

    /** A root whose folder is looked up once, on first use. */
    public static Root lazy(Supplier<Path> location, String displayPrefix) {
      return new Root(memoized(location), displayPrefix);
    }

    public Path dir() {
      return location.get();
    }

    private static Supplier<Path> memoized(Supplier<Path> location) {
      AtomicReference<Path> found = new AtomicReference<>();
      return () -> found.updateAndGet(p -> p != null ? p : location.get());
    }
  }

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

package dev.podium.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every piece of text in the seed files, with where it was written, for checks on characters. */
public final class SeedText {
  private SeedText() {}

  /** The text scalars of every YAML file in the seeds; files that do not parse are skipped. */
  public static List<Node.Scalar> scalars(SeedsDirectory seeds) {
    List<Node.Scalar> out = new ArrayList<>();
    YamlReader reader = new YamlReader();
    try (Stream<Path> files = Files.walk(seeds.root())) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".yaml") && seeds.refusal(p) == null)
              .sorted()
              .toList()) {
        Node root = reader.read(file, seeds.display(file), new Diagnostics());
        if (root != null) {
          collect(root, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void collect(Node node, List<Node.Scalar> out) {
    switch (node) {
      case Node.Scalar scalar -> {
        if (scalar.kind() == Node.Scalar.Kind.STRING) {
          out.add(scalar);
        }
      }
      case Node.Mapping mapping -> mapping.entries().forEach(e -> collect(e.value(), out));
      case Node.Sequence sequence -> sequence.items().forEach(i -> collect(i, out));
    }
  }
}

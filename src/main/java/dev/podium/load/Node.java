package dev.podium.load;

import java.util.List;

/** A YAML value that remembers where it was written, so every check can point at it. */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

  Location location();

  /** What the node is, in the words of an error message ("a mapping", "a number"). */
  String describe();

  /** A scalar: string, number, boolean or null, with the type YAML gave it. */
  record Scalar(String text, Kind kind, Location location) implements Node {
    public enum Kind {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case INTEGER -> "a whole number";
        case FLOAT -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "nothing (null)";
      };
    }
  }

  /** A mapping, in the order the keys were written. */
  record Mapping(List<Entry> entries, Location location) implements Node {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The value under this key, or {@code null}. */
    public Node get(String key) {
      return entries.stream()
          .filter(e -> e.key().equals(key))
          .map(Entry::value)
          .findFirst()
          .orElse(null);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping with the place the key was written. */
  record Entry(String key, Location keyLocation, Node value) {}

  /** A list. */
  record Sequence(List<Node> items, Location location) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }
}

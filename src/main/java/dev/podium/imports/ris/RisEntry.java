package dev.podium.imports.ris;

import dev.podium.load.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One RIS reference: where its TY line is, and its values by tag, in file order. */
record RisEntry(Location at, Map<String, List<String>> tags) {
  RisEntry {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    tags.forEach((tag, values) -> copy.put(tag, List.copyOf(values)));
    tags = java.util.Collections.unmodifiableMap(copy);
  }

  /** The values of the tag, in file order; empty when it is absent. */
  List<String> all(String tag) {
    return tags.getOrDefault(tag, List.of());
  }

  /** The first non-blank value among the tags, in the order given, or {@code null}. */
  String first(String... tags) {
    for (String tag : tags) {
      for (String value : all(tag)) {
        if (!value.isBlank()) {
          return value.strip().replaceAll("\\s+", " ");
        }
      }
    }
    return null;
  }
}

package dev.podium.assemble;

import dev.podium.model.Evidence;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Decides whether the speaker is among a record's listed authors, forgiving accents and case. */
public final class Authorship {
  private final List<String> names;

  public Authorship(List<String> speakerNames) {
    this.names = speakerNames.stream().map(Authorship::fold).toList();
  }

  public boolean authored(Evidence evidence) {
    return evidence.authors().stream().map(Authorship::fold).anyMatch(names::contains);
  }

  static String fold(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}

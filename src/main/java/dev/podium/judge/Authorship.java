package dev.podium.judge;

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
    return evidence.authors().stream().anyMatch(a -> names.contains(fold(a)));
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  static String fold(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}

package dev.podium.judge;

import dev.podium.model.Evidence;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a record shows a peer-reviewed venue: a category that names a journal or conference
 * rather than an arXiv subject ("LG", "cs.CL", "hep-th"). A record with no category shows none.
 */
public final class PeerReview {
  /** A listing's bare subject code, as arXiv prints it after the archive. */
  private static final Pattern SUBJECT_CODE = Pattern.compile("[A-Z]{2}");

  private static final Set<String> ARCHIVES =
      Set.of(
          "cs",
          "math",
          "stat",
          "physics",
          "q-bio",
          "q-fin",
          "eess",
          "econ",
          "astro-ph",
          "cond-mat",
          "gr-qc",
          "hep-ex",
          "hep-lat",
          "hep-ph",
          "hep-th",
          "math-ph",
          "nlin",
          "nucl-ex",
          "nucl-th",
          "quant-ph");

  private PeerReview() {}

  public static boolean shown(Evidence evidence) {
    String category = evidence.category();
    return category != null && !category.isBlank() && !preprint(category.strip());
  }

  static boolean preprint(String category) {
    String lower = category.toLowerCase(Locale.ROOT);
    int dot = lower.indexOf('.');
    return SUBJECT_CODE.matcher(category).matches()
        || lower.startsWith("arxiv")
        || ARCHIVES.contains(dot < 0 ? lower : lower.substring(0, dot));
  }
}

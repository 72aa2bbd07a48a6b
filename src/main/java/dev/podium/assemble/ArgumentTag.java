package dev.podium.assemble;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tag of a card: the argument in its own words. A drafted argument's claim is a finding as its
 * abstract reports it ("We show that X"); its tag drops the reporting frame and keeps X, which is
 * the same claim, so nothing is paraphrased.
 */
final class ArgumentTag {
  private static final Pattern FRAME =
      Pattern.compile(
          "^(?:(?:in this (?:paper|work|study), )?we (?:also |further |additionally |then"
              + " )?(?:show|find|found|demonstrate|observe|reveal|prove|establish|confirm)|(?:our|these|the|this)"
              + " (?:results|findings|experiments|analysis|analyses|work|study|evaluation|evaluations)(?:"
              + " [^,.;:]{0,40})?"
              + " (?:show|shows|suggest|suggests|reveal|reveals|demonstrate|demonstrates|indicate|indicates|confirm|confirms))(?:"
              + " that)?[:,]?\\s+",
          Pattern.CASE_INSENSITIVE);

  /** Fewer words than this left after the frame is not a claim on its own. */
  private static final int MIN_WORDS = 5;

  private ArgumentTag() {}

  static String of(String claim) {
    String stripped = claim.strip();
    var m = FRAME.matcher(stripped);
    if (!m.find()) {
      return stripped;
    }
    String rest = stripped.substring(m.end());
    if (rest.split("\\s+").length < MIN_WORDS) {
      return stripped;
    }
    return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
  }
}

package dev.podium.imports.profile;

import dev.podium.model.Motion;
import dev.podium.model.Persona.StatedPosition;
import dev.podium.model.Side;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a profile itself models the speaker's side on a motion: a clause that argues the
 * motion's own words ("likely arguing that AI should not be granted …"), against when "not" or
 * "never" is put into them, for when not. Anything less plain (a hedge or negation before the verb,
 * Markdown inside the clause) gives no position: a wrong side would mislead a brief.
 */
final class StatedPositionFinder {
  /** A verb of holding a view, then "that", then the motion's words. */
  private static final String VERB =
      "(?:argu(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|hold(?:s|ing)?|maintain(?:s|ed|ing)?|contend(?:s|ed|ing)?)\\s+that\\s+";

  private static final String SEPARATOR = "[^\\p{L}\\p{N}]+";
  private static final Pattern DOUBT =
      Pattern.compile("(?i)\\b(?:not|never|unlikely|nor|whether)\\b");
  private static final Pattern MARKUP = Pattern.compile("[*_\\[\\]`]");
  private static final int MAX_QUOTE = 500;

  private StatedPositionFinder() {}

  /**
   * The position on the first motion the text argues, or {@code null} when it argues none plainly.
   */
  static StatedPosition find(String text, List<Motion> motions, String speaker, String source) {
    for (Motion motion : motions) {
      StatedPosition position = find(text, motion, speaker, source);
      if (position != null) {
        return position;
      }
    }
    return null;
  }

  private static StatedPosition find(String text, Motion motion, String speaker, String source) {
    Matcher m = pattern(motion.text()).matcher(text);
    while (m.find()) {
      int start = clauseStart(text, m.start());
      int end = sentenceEnd(text, m.end());
      String quote = text.substring(start, end);
      if (!DOUBT.matcher(text.substring(start, m.start())).find()
          && !MARKUP.matcher(quote).find()
          && quote.length() <= MAX_QUOTE) {
        Side side = negated(m) ? Side.AGAINST : Side.FOR;
        String summary =
            "The profile expects " + speaker + " to argue " + side.id() + " the motion.";
        return new StatedPosition(motion.id(), side, summary, quote, source);
      }
    }
    return null;
  }

  /**
   * The verb, "that", and the motion's words with any punctuation between them; a "not" or "never"
   * may follow any word, as in "should not be granted"; those are the only groups.
   */
  private static Pattern pattern(String motion) {
    StringBuilder regex = new StringBuilder("(?iu)\\b" + VERB);
    int n = 0;
    for (String word : motion.toLowerCase(Locale.ROOT).split(SEPARATOR)) {
      if (word.isEmpty()) {
        continue;
      }
      if (n > 0) {
        regex.append("(?:" + SEPARATOR + "(not|never))?").append(SEPARATOR);
      }
      regex.append(Pattern.quote(word));
      n++;
    }
    return Pattern.compile(regex.append("\\b").toString());
  }

  private static boolean negated(Matcher m) {
    for (int group = 1; group <= m.groupCount(); group++) {
      if (m.group(group) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the clause holding {@code from} starts: after the last comma, semicolon, colon or
   * sentence end before it.
   */
  private static int clauseStart(String text, int from) {
    int i = from;
    while (i > 0 && ",;:.!?\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    while (i < from && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Just after the full stop, question or exclamation mark that ends the sentence, or the end of
   * the paragraph.
   */
  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean last = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
      if ((c == '.' || c == '!' || c == '?') && last) {
        return i + 1;
      }
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i;
      }
    }
    return text.length();
  }
}

package dev.podium.load;

import java.util.regex.Pattern;

/** The id rule shared by stances, motions, personas and evidence: lower-case kebab-case. */
public final class Ids {
  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Ids() {}

  public static boolean isValid(String id) {
    return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
  }

  /** The sentence to append when an id breaks the rule. */
  public static String rule() {
    return "use lower-case letters, digits and single hyphens, e.g. 'sleeper-agents'";
  }
}

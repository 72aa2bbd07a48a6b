package dev.podium.model;

/** Which side of a motion something supports. */
public enum Side {
  FOR,
  AGAINST,
  NEUTRAL;

  /** The spelling used in seed files and templates. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The other side; neutral stays neutral. */
  public Side opposite() {
    return switch (this) {
      case FOR -> AGAINST;
      case AGAINST -> FOR;
      case NEUTRAL -> NEUTRAL;
    };
  }
}

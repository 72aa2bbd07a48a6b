package dev.podium.judge;

import dev.podium.model.Theme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The digest of a drafted theme's content, written beside it, so that a later draft can tell a
 * theme still as drafted (which it may redraft) from one a person has edited (which it keeps).
 */
public final class DraftDigest {
  private DraftDigest() {}

  /** The theme marked drafted, with the digest of its content. */
  public static Theme sealed(Theme theme) {
    return new Theme(
        theme.stance(),
        theme.headline(),
        theme.position(),
        theme.arguments(),
        theme.counters(),
        theme.questions(),
        true,
        of(theme));
  }

  /** Whether the theme is marked drafted and its content is still as drafted. */
  public static boolean untouched(Theme theme) {
    return theme.drafted() && of(theme).equals(theme.draftDigest());
  }

  /** Twelve hex digits of SHA-256 over the content; the drafted mark and digest are left out. */
  static String of(Theme theme) {
    StringBuilder content = new StringBuilder();
    field(content, theme.stance());
    field(content, theme.headline());
    field(content, theme.position());
    content.append(theme.arguments().size()).append('\n');
    for (Theme.Argument a : theme.arguments()) {
      field(content, a.claim());
      list(content, a.evidence());
      field(content, a.quote());
    }
    content.append(theme.counters().size()).append('\n');
    for (Theme.Counter c : theme.counters()) {
      field(content, c.objection());
      field(content, c.response());
      list(content, c.evidence());
    }
    list(content, theme.questions());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A field as its length and text, so no two contents run together alike; null differs from "".
   */
  private static void field(StringBuilder out, String value) {
    out.append(value == null ? "-" : value.length() + ":" + value).append('\n');
  }

  private static void list(StringBuilder out, List<String> values) {
    out.append(values.size()).append('\n');
    values.forEach(v -> field(out, v));
  }
}

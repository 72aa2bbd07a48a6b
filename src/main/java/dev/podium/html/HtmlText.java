package dev.podium.html;

/**
 * Escapes values for the places a page puts them: element text and quoted attribute values, and CSS
 * strings inside the page's style element.
 */
final class HtmlText {
  private HtmlText() {}

  /**
   * {@code text} safe as element text or inside a double- or single-quoted attribute value. Control
   * characters other than tab and line breaks, which HTML does not allow, become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(allowed(text, i) ? c : '\uFFFD');
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as a double-quoted CSS string. Everything but printable ASCII letters, digits,
   * spaces and harmless punctuation is written as a hexadecimal escape, so no value can end the
   * string, the rule or the style element ({@code </style>}).
   */
  static String cssString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x7f
                  && (Character.isLetterOrDigit(cp) || " .,:;!?()-_'/+*=#%&@".indexOf(cp) >= 0)) {
                out.appendCodePoint(cp);
              } else {
                int safe = Character.isSurrogate((char) cp) || cp == 0 ? 0xfffd : cp;
                // The space ends the escape, so a hex digit after it is read as text.
                out.append('\\').append(Integer.toHexString(safe)).append(' ');
              }
            });
    return out.append('"').toString();
  }

  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }
}

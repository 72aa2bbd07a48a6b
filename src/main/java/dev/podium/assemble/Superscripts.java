package dev.podium.assemble;

/**
 * Sets a citation such as "1,3–5" in Unicode superscript characters, which survive in Markdown,
 * HTML, PDF and DOCX alike. Characters without a superscript form (the comma) stay as they are.
 */
final class Superscripts {
  private static final String PLAIN = "0123456789-–()+=";
  private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁽⁾⁺⁼";

  private Superscripts() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = PLAIN.indexOf(c);
      out.append(at >= 0 ? RAISED.charAt(at) : c);
    }
    return out.toString();
  }
}

package dev.podium.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes record text so it reads literally in Markdown: nothing in a title, name or abstract can
 * open emphasis, code, a link, an image, HTML, an entity, a heading, a list, a quote or a table
 * cell. Values are inline text, so line breaks become spaces. Characters that are harmless where
 * they stand are left alone, so the Markdown stays pleasant to read as plain text. A value that is
 * a link's destination, where emphasis and the like mean nothing, is escaped apart by {@link
 * #destination}.
 */
public final class MarkdownEscaper {
  /**
   * Characters that can start inline structure anywhere (CommonMark and GFM). Brackets are handled
   * apart, see {@link #bracketsNeedEscaping}.
   */
  private static final String ALWAYS = "\\`*_<>|~#";

  private static final Pattern LINE_BREAKS =
      Pattern.compile("[\\r\\n\\t\\u2028\\u2029\\u000B\\u000C]+");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern LIST_MARKER = Pattern.compile("^([-+*]|[0-9]{1,9}[.)])(\\s|$)");

  /** Only dashes or equals signs: a thematic break or a heading underline. */
  private static final Pattern RULE = Pattern.compile("^([-=][ \\t]*)+$");

  private static final int MAX_PAREN_DEPTH = 16;

  /**
   * An address of a scheme other than the web's, such as {@code javascript://}, {@code file://} or
   * {@code smb://}: autolinking readers (commonmark's and pandoc's among them) would make it a link
   * whatever escapes surround it, so it is set as code, which no reader links. It stops before a
   * backtick or a pipe, which a code span cannot hold in every context.
   */
  private static final Pattern OTHER_SCHEME_ADDRESS =
      Pattern.compile("(?<![A-Za-z0-9+.-])(?!(?i:https?)://)[A-Za-z][A-Za-z0-9+.-]*://[^\\s<>|`]*");

  /** C0 and C1 control characters other than the line breaks and tabs already made spaces. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}]");

  /** What a control character in a record becomes: it has no business in a brief or a terminal. */
  private static final String REPLACEMENT = "\uFFFD";

  private MarkdownEscaper() {}

  public static String escape(String value) {
    String text =
        plainLine(value)
            ? value
            : CONTROL.matcher(LINE_BREAKS.matcher(value).replaceAll(" ")).replaceAll(REPLACEMENT);
    text = text.strip();
    // Every address the pattern finds has "://"; most values have none, and the pattern's
    // look-behind at every character is the costly part of a brief's rendering.
    Matcher address = OTHER_SCHEME_ADDRESS.matcher(text);
    if (!text.contains("://") || !address.find()) {
      return escapeText(text, true);
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    do {
      out.append(escapeText(text.substring(from, address.start()), from == 0));
      out.append('`').append(address.group()).append('`');
      from = address.end();
    } while (address.find());
    return out.append(escapeText(text.substring(from), false)).toString();
  }

  /**
   * Whether the value has no line break and no control character, so that neither replacement would
   * change it: the common case, checked without a regular expression.
   */
  private static boolean plainLine(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** Escapes text; {@code atStart} when it begins the value, where a list marker would count. */
  private static String escapeText(String text, boolean atStart) {
    int marker = atStart ? lineStartMarker(text) : -1;
    boolean brackets = bracketsNeedEscaping(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i == marker
          || ALWAYS.indexOf(c) >= 0
          || (brackets && (c == '[' || c == ']'))
          || (c == '&' && startsEntity(text, i))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Escapes a value that stands as a link's or image's destination, after {@code ](}: there only
   * backslashes, entities, spaces and parentheses that do not pair up could change the address or
   * end it early, so "abstract_id" stays as it is rather than "abstract\_id". Spaces and control
   * characters, which parsers do not take in a destination, are percent-encoded as UTF-8.
   */
  public static String destination(String value) {
    boolean parens = !parenthesesPairUp(value);
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || Character.isISOControl(c)) {
        // URLEncoder writes a space as "+", which in a URL's path is a plus sign.
        out.append(
            URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8).replace("+", "%20"));
        continue;
      }
      if (c == '\\'
          || c == '<'
          || (parens && (c == '(' || c == ')'))
          || (c == '&' && startsEntity(value, i))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether every parenthesis has its partner, the only way a bare destination may hold them
   * unescaped, and they nest shallowly: parsers give up on deep nesting (commonmark-java at 32).
   */
  private static boolean parenthesesPairUp(String value) {
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(' && ++depth > MAX_PAREN_DEPTH) {
        return false;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * A value may be placed at the start of a line, where "- x", "1. x" and "===" open a list or a
   * heading underline, and "---" a rule. Returns the index of the character to escape there, or -1;
   * "-2" and "0.1.0" open nothing and are left alone.
   */
  private static int lineStartMarker(String text) {
    Matcher list = LIST_MARKER.matcher(text);
    if (list.find()) {
      return list.group(1).length() - 1;
    }
    return RULE.matcher(text).matches() ? 0 : -1;
  }

  /**
   * Whether the value's brackets are escaped, all of them together. Pairs that nest properly and
   * open nothing, such as the citations in "[1], [2]", are left alone so the Markdown source stays
   * readable; they cannot reach outside the value, so it is safe inside a template's link text or
   * image description too. Otherwise, when a bracket has no partner in the value or a "]" is
   * followed by "(", "[" or ":" (which would make a link, a reference link or a link definition),
   * every bracket is escaped.
   */
  private static boolean bracketsNeedEscaping(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        boolean opensLink = i + 1 < text.length() && "([:".indexOf(text.charAt(i + 1)) >= 0;
        if (depth == 0 || opensLink) {
          return true;
        }
        depth--;
      }
    }
    return depth != 0;
  }

  private static boolean startsEntity(String text, int at) {
    Matcher m = ENTITY.matcher(text);
    m.region(at, text.length());
    return m.lookingAt();
  }
}

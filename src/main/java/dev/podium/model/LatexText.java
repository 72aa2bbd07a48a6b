package dev.podium.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Turns LaTeX into plain Unicode text: a whole BibTeX field, or the markup spans of an abstract
 * written for arXiv. Never fails: what cannot be read as LaTeX keeps its characters.
 */
public final class LatexText {
  /** \\ is a line break; \href shows its text, not its target. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\\\\\\\");

  private static final Pattern HREF = Pattern.compile("\\\\href\\s*\\{[^{}]*\\}\\s*\\{([^{}]*)\\}");

  /**
   * What jbibtex's LaTeX lexer rejects or would misread and a field may still hold: characters
   * beyond ASCII (it fails on many, such as CJK and emoji), control characters, and the TeX
   * specials that are not escaped ($ ~ are handled before this, as math and space), and anything
   * that looks like the stand-in below, so that a field cannot fake one.
   */
  private static final Pattern UNSAFE =
      Pattern.compile("[^\\x20-\\x7E\\t\\n]|(?<!\\\\)[#%&^_]|0qxq");

  /**
   * Stands for the n-th unsafe character while jbibtex reads the rest; digits end a control word.
   */
  private static final Pattern HELD = Pattern.compile("0qxq(\\d+)q0");

  private static final Pattern COMMAND = Pattern.compile("\\\\[A-Za-z]+\\*?\\s*|\\\\(?=[^A-Za-z])");

  private static final String ACCENT = LatexAccents.SYMBOL_ACCENT.pattern();

  /**
   * The markup an arXiv abstract may carry in otherwise plain text: inline math (delimited as
   * pandoc does, so "$5 and $10" is money, not math), a command with its braced arguments (one
   * level of nested braces), a known command without them, an accented letter, or an escaped
   * special character.
   */
  private static final Pattern MARKUP =
      Pattern.compile(
          // Math that opens with a command or a relation may touch a digit: $\sim$10, $>$90.
          "(?<!\\\\)\\$(?=[\\\\<>=])[^$]*?(?<=[^\\s\\\\])\\$"
              + "|(?<!\\\\)\\$(?=\\S)[^$]*?(?<=[^\\s\\\\])\\$(?!\\d)"
              + "|\\\\[A-Za-z]+\\*?(?:\\s*\\{(?:[^{}]|\\{[^{}]*\\})*\\})+"
              // Without arguments, only a command known to be markup: "C:\Users" stays as written.
              + "|\\\\(?:"
              + String.join("|", LatexSymbols.SYMBOLS.keySet())
              + "|"
              + String.join("|", LatexAccents.LETTERS.keySet())
              + "|LaTeX|TeX)(?![A-Za-z])(?:\\{\\})?"
              // An accented letter, alone or in braces: Schr\"odinger, {\'e}.
              + "|\\{(?:"
              + ACCENT
              + ")\\}|"
              + ACCENT
              + "|\\\\[%&_#$]");

  private LatexText() {}

  /**
   * The text with each LaTeX markup span made plain and everything else as written: for text that
   * is mostly prose, where a tilde or a double hyphen outside markup means itself.
   */
  public static String readable(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('$') < 0) {
      return text;
    }
    return MARKUP.matcher(text).replaceAll(m -> Matcher.quoteReplacement(plain(m.group())));
  }

  /**
   * A whole field as LaTeX: accents (see {@link LatexAccents}), dashes, quotes, escapes, commands
   * and grouping braces resolved, math delimiters dropped, runs of white space made one space.
   */
  public static String plain(String latex) {
    String text = LINE_BREAK.matcher(latex).replaceAll(" ");
    text = HREF.matcher(text).replaceAll("$1");
    text = LatexAccents.resolve(text);
    text = text.replaceAll("(?<!\\\\)\\$", "").replaceAll("(?<!\\\\)~", " ");
    text = LatexSymbols.resolve(text);
    List<String> held = new ArrayList<>();
    Matcher unsafe = UNSAFE.matcher(text);
    text =
        unsafe.replaceAll(
            m -> {
              held.add(m.group());
              return "0qxq" + (held.size() - 1) + "q0";
            });
    String printed;
    try {
      printed = new LaTeXPrinter().print(new LaTeXParser().parse(text));
    } catch (ParseException | TokenMgrException e) {
      // Not LaTeX jbibtex reads (a stray backslash, say): keep the words, drop commands and braces.
      printed = COMMAND.matcher(text).replaceAll("").replace("{", "").replace("}", "");
    }
    String restored =
        HELD.matcher(printed)
            .replaceAll(m -> Matcher.quoteReplacement(held.get(Integer.parseInt(m.group(1)))));
    return Normalizer.normalize(restored, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}

package dev.podium.model;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the LaTeX symbol commands abstracts use to Unicode: Greek letters ({@code \Delta}),
 * relations and operators ({@code \leq}, {@code \sim}, {@code \times}), arrows and dots.
 * jbibtex's printer knows only some of them and drops the rest, which can turn "≤ 5%" into "5%".
 */
final class LatexSymbols {
  static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          // Greek letters; the variant forms read as the usual letter.
          Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
          Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"),
          Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
          Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
          Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
          Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
          Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
          Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
          Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
          Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
          Map.entry("Sigma", "Σ"), Map.entry("Upsilon", "Υ"), Map.entry("Phi", "Φ"),
          Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
          // Relations and operators.
          Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"), Map.entry("ge", "≥"),
          Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "∼"),
          Map.entry("simeq", "≃"), Map.entry("equiv", "≡"), Map.entry("propto", "∝"),
          Map.entry("ll", "≪"), Map.entry("gg", "≫"), Map.entry("times", "×"), Map.entry("pm", "±"),
          Map.entry("mp", "∓"), Map.entry("cdot", "·"), Map.entry("div", "÷"), Map.entry("circ", "∘"),
          Map.entry("infty", "∞"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"),
          Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("in", "∈"),
          Map.entry("notin", "∉"), Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"),
          Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("emptyset", "∅"),
          Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("sqrt", "√"),
          Map.entry("neg", "¬"), Map.entry("land", "∧"), Map.entry("lor", "∨"), Map.entry("oplus", "⊕"),
          Map.entry("otimes", "⊗"), Map.entry("perp", "⊥"), Map.entry("ell", "ℓ"),
          // Arrows, dots and text symbols.
          Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
          Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"), Map.entry("leftrightarrow", "↔"),
          Map.entry("Leftrightarrow", "⇔"), Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"),
          Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "⋯"),
          Map.entry("textdegree", "°"), Map.entry("dag", "†"),
          Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("euro", "€"));

  /** A symbol command: its name ends at a non-letter, and an empty group after it is dropped. */
  private static final Pattern COMMAND =
      Pattern.compile("\\\\(" + String.join("|", SYMBOLS.keySet()) + ")(?![A-Za-z])(?:\\{\\})?");

  private LatexSymbols() {}

  /** The text with every symbol command replaced by its character. */
  static String resolve(String latex) {
    if (latex.indexOf('\\') < 0) {
      return latex;
    }
    return COMMAND.matcher(latex).replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.get(m.group(1))));
  }
}

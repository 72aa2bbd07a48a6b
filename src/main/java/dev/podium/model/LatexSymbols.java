package dev.podium.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the LaTeX symbol commands abstracts use to Unicode: Greek letters ({@code \Delta}),
 * relations and operators ({@code \leq}, {@code \sim}, {@code \times}), arrows and dots. jbibtex's
 * printer knows only some of them and drops the rest, which can turn "≤ 5%" into "5%".
 */
final class LatexSymbols {
  /** Command names and their characters; variant letters (varepsilon) read as the usual one. */
  static final Map<String, String> SYMBOLS =
      pairs(
          """
          alpha α  beta β  gamma γ  delta δ  epsilon ε  varepsilon ε  zeta ζ  eta η  theta θ
          vartheta ϑ  iota ι  kappa κ  lambda λ  mu μ  nu ν  xi ξ  pi π  rho ρ  sigma σ  tau τ
          upsilon υ  phi φ  varphi φ  chi χ  psi ψ  omega ω  Gamma Γ  Delta Δ  Theta Θ  Lambda Λ
          Xi Ξ  Pi Π  Sigma Σ  Upsilon Υ  Phi Φ  Psi Ψ  Omega Ω
          leq ≤  le ≤  geq ≥  ge ≥  neq ≠  ne ≠  approx ≈  sim ∼  simeq ≃  equiv ≡  propto ∝  ll ≪
          gg ≫  times ×  pm ±  mp ∓  cdot ·  div ÷  circ ∘  infty ∞  partial ∂  nabla ∇  forall ∀
          exists ∃  in ∈  notin ∉  subset ⊂  subseteq ⊆  cup ∪  cap ∩  emptyset ∅  sum ∑  prod ∏
          int ∫  sqrt √  neg ¬  land ∧  lor ∨  oplus ⊕  otimes ⊗  perp ⊥  ell ℓ
          to →  rightarrow →  leftarrow ←  Rightarrow ⇒  Leftarrow ⇐  leftrightarrow ↔
          Leftrightarrow ⇔  uparrow ↑  downarrow ↓  ldots …  dots …  cdots ⋯  textdegree °  dag †
          textendash –  textemdash —  euro €
          """);

  /** A symbol command: its name ends at a non-letter, and an empty group after it is dropped. */
  private static final Pattern COMMAND =
      Pattern.compile("\\\\(" + String.join("|", SYMBOLS.keySet()) + ")(?![A-Za-z])(?:\\{\\})?");

  private LatexSymbols() {}

  private static Map<String, String> pairs(String table) {
    String[] words = table.strip().split("\\s+");
    Map<String, String> symbols = new LinkedHashMap<>();
    for (int i = 0; i < words.length; i += 2) {
      symbols.put(words[i], words[i + 1]);
    }
    return Collections.unmodifiableMap(symbols);
  }

  /** The text with every symbol command replaced by its character. */
  static String resolve(String latex) {
    if (latex.indexOf('\\') < 0) {
      return latex;
    }
    return COMMAND
        .matcher(latex)
        .replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.get(m.group(1))));
  }
}

package dev.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      textBlock =
          """
          G{\\"o}del                              | Gödel
          Ren\\'{e}e                              | Renée
          {\\v{S}}imon                            | Šimon
          {\\v S}imon                             | Šimon
          J\\'{e}r\\^{o}me                        | Jérôme
          Erd\\H{o}s                              | Erdős
          \\L{}ukasz Kami\\'nski                  | Łukasz Kamiński
          Gr{\\o}nbech \\AA{}ngstr\\"om           | Grønbech Ångström
          Fran\\c{c}ois Stra\\ss e               | François Straße
          \\'{\\i}ndice and Zi\\k{e}ba            | índice and Zięba
          Sleeper {LLMs} -- and --- more         | Sleeper LLMs – and — more
          ``quoted'' text                        | “quoted” text
          50\\% of {\\em all} \\& \\emph{some}   | 50% of all & some
          The $\\textbf{N2G}$ tool, $x^2$ and a_b | The N2G tool, x^2 and a_b
          Fig.~1 and \\url{https://x.org/a_b}    | Fig. 1 and https://x.org/a_b
          see \\href{https://x.org}{the site}    | see the site
          line\\\\break                           | line break
          王 and 😀 and ≥ 1                      | 王 and 😀 and ≥ 1
          stray \\ and {braces}                  | stray and braces
          $\\Delta \\leq \\infty$ and \\Omega        | Δ ≤ ∞ and Ω
          looks like 0qxq0q0 a stand-in          | looks like 0qxq0q0 a stand-in
          """)
  void latexBecomesPlainUnicode(String latex, String plain) {
    assertThat(LatexText.plain(latex)).isEqualTo(plain);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      textBlock =
          """
          We propose $\\textbf{Neuron to Graph (N2G)}$, a tool      | We propose Neuron to Graph (N2G), a tool
          We propose \\textsc{Mutual Feature Regularization} \\textbf{(MFR)}, a | We propose Mutual Feature Regularization (MFR), a
          such as $\\textit{safety-critical}$ systems              | such as safety-critical systems
          a \\emph{very {nested} group} here                      | a very nested group here
          $k$-means in $O(n^2)$ time                              | k-means in O(n^2) time
          50\\% of cases \\& more                                | 50% of cases & more
          costs $5 and $10 -- about ~2x                           | costs $5 and $10 -- about ~2x
          plain prose -- with ~tildes and {braces} and 5%         | plain prose -- with ~tildes and {braces} and 5%
          a lone $ sign and a \\ backslash                        | a lone $ sign and a \\ backslash
          error $\\leq 5\\%$ and $\\Delta$ of $\\sim$2x                | error ≤ 5% and Δ of ∼2x
          $>$90\\% with $\\alpha \\times \\beta$ in $\\mathcal{O}(n)$    | >90% with α × β in O(n)
          from $5-$10 and $\\epsilon$-greedy                        | from $5-$10 and ε-greedy
          Schr\\"odinger and {\\'e}t\\'e \\ldots{} in \\LaTeX{}        | Schrödinger and été … in LaTeX
          C:\\Users\\x and \\unknown stay                           | C:\\Users\\x and \\unknown stay
          """)
  void markupSpansBecomePlainAndProseStaysAsWritten(String text, String readable) {
    assertThat(LatexText.readable(text)).isEqualTo(readable);
  }

  @Test
  void everyAbstractOfTheSeedListingReadsWithoutMarkup() throws IOException {
    // The listing has math-wrapped commands, \\emph, \\textit, \\textsc and \\textbf in eight
    // abstracts.
    Path listing = TestSeeds.SEEDS.resolve("personas/fazl-barez/sources/001_b89f686bb3a49483.txt");
    List<String> marked =
        Files.readAllLines(listing).stream()
            .filter(l -> l.contains("\\") || l.contains("$"))
            .toList();
    assertThat(marked).hasSize(8);
    for (String line : marked) {
      // Here every span is a command around plain words or an escaped %, so reading it leaves
      // the text without commands, braces, math delimiters and escaping backslashes.
      String bare = line.replaceAll("\\\\[A-Za-z]+|[{}]|(?<!\\\\)\\$|\\\\(?=[%&_#$])", "");
      assertThat(LatexText.readable(line)).isEqualTo(bare);
    }
  }
}
